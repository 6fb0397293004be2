namespace HealthFlows.Activities.ControlFlow;

/// <summary>Whether Join waits for every inbound branch or goes on at the first.</summary>
public enum JoinMode
{
    WaitAll,
    WaitAny,
}
