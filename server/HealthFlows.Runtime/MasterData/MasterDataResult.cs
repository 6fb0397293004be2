using HealthFlows.Runtime.Definitions;

namespace HealthFlows.Runtime.MasterData;

/// <summary>A master data write's value, or why it did not happen (NotFound, Conflict, or Invalid with the problems).</summary>
public sealed record MasterDataResult<T>(T? Value, OperationError Error = OperationError.None, string? Message = null, IReadOnlyList<MasterDataProblem>? Problems = null)
{
    public bool Succeeded => Error == OperationError.None;

    public static MasterDataResult<T> Ok(T value) => new(value);

    public static MasterDataResult<T> NotFound(string message) => new(default, OperationError.NotFound, message);

    public static MasterDataResult<T> Conflict(string message) => new(default, OperationError.Conflict, message);

    public static MasterDataResult<T> Invalid(string message, IReadOnlyList<MasterDataProblem> problems) => new(default, OperationError.Invalid, message, problems);
}
