using HealthFlows.Runtime.Definitions;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Security;

/// <summary>A user or key operation's value, or why it did not happen (NotFound, Conflict, or Invalid with every field problem).</summary>
public sealed record AccountResult<T>(T? Value, OperationError Error = OperationError.None, string? Message = null, IReadOnlyList<FieldError>? Errors = null)
{
    public bool Succeeded => Error == OperationError.None;

    public static AccountResult<T> Ok(T value) => new(value);

    public static AccountResult<T> NotFound(string message) => new(default, OperationError.NotFound, message);

    public static AccountResult<T> Conflict(string message) => new(default, OperationError.Conflict, message);

    public static AccountResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(default, OperationError.Invalid, "The request has problems; nothing was changed.", errors);
}
