namespace HealthFlows.Activities.ControlFlow;

/// <summary>The inbound connections a Join has seen this round, and whether a WaitAny join already went on.</summary>
public sealed record JoinState(List<string> Arrived, bool Fired);
