namespace HealthFlows.Activities.ControlFlow;

/// <summary>How important a Log activity's message is.</summary>
public enum LogLevel
{
    Information,
    Warning,
    Error,
}
