namespace HealthFlows.Runtime.Execution;

/// <summary>Whether a runner call did its work, and if not, why.</summary>
public enum RunStatus
{
    Ok,
    NotFound,
    Conflict,
}
