namespace HealthFlows.Activities.ControlFlow;

/// <summary>Whether Switch follows the first matching case or every matching case.</summary>
public enum SwitchMode
{
    FirstMatch,
    AllMatches,
}
