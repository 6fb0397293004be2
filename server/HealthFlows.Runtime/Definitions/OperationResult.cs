using HealthFlows.Runtime.Validation;

namespace HealthFlows.Runtime.Definitions;

/// <summary>A value, or the reason there is none: errors are values at the service boundary.</summary>
public sealed record OperationResult<T>(T? Value, OperationError Error = OperationError.None, string? Message = null, IReadOnlyList<ValidationProblem>? Problems = null)
{
    public bool Succeeded => Error == OperationError.None;

    public static OperationResult<T> Ok(T value) => new(value);

    public static OperationResult<T> Fail(OperationError error, string message, IReadOnlyList<ValidationProblem>? problems = null) => new(default, error, message, problems);
}
