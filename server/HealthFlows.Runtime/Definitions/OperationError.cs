namespace HealthFlows.Runtime.Definitions;

/// <summary>Why an operation did not happen; the API maps each to a status code.</summary>
public enum OperationError
{
    None,
    NotFound,
    Conflict,
    Invalid,
}
