using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Apis.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis.Http;

/// <summary>Problem responses of the master data APIs: every problem under <c>errors</c>.</summary>
public static class MasterDataProblems
{
    /// <summary>The most errors a CSV problem lists; the detail still gives the total.</summary>
    public const int MaxListedErrors = 200;

    /// <summary>422 with <c>errors: [{ field, message }]</c>.</summary>
    public static ProblemHttpResult Invalid(string detail, IReadOnlyList<MasterDataProblem> problems) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The master data is not valid",
            extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new FieldError(p.Field, p.Message)).ToList() });

    /// <summary>422 with <c>errors: [{ row, column, message }]</c>, row order; nothing was imported.</summary>
    public static ProblemHttpResult InvalidCsv(IReadOnlyList<CsvRowError> errors)
    {
        var listed = errors.OrderBy(e => e.Row).Take(MaxListedErrors).ToList();
        var more = errors.Count > listed.Count ? $" The first {listed.Count} are listed." : "";
        return TypedResults.Problem($"The file has {errors.Count} problem(s); nothing was imported.{more}",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "The CSV file has errors",
            extensions: new Dictionary<string, object?> { ["errors"] = listed });
    }

    /// <summary>The problem for a failed store write.</summary>
    public static ProblemHttpResult From<T>(MasterDataResult<T> result) => result.Error switch
    {
        OperationError.NotFound => Problems.NotFound(result.Message ?? "Not found."),
        OperationError.Conflict => Problems.Conflict(result.Message ?? "Conflict."),
        _ => Invalid(result.Message ?? "The master data is not valid.", result.Problems ?? []),
    };
}
