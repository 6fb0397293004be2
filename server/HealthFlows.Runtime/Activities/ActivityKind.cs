namespace HealthFlows.Runtime.Activities;

/// <summary>Whether an activity starts instances or runs inside them.</summary>
public enum ActivityKind
{
    Action,
    Trigger,
}
