using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis.Http;

/// <summary>RFC 9457 problem responses with messages a person understands.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, string title = "The request is not valid") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem($"The request body is larger than the {(maxBytes >= 1024 ? $"{maxBytes / 1024} KB" : $"{maxBytes} bytes")} this endpoint accepts.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    /// <summary>422 listing every validation problem under <c>problems</c>.</summary>
    public static ProblemHttpResult Invalid(string detail, IReadOnlyList<HealthFlows.Runtime.Validation.ValidationProblem> problems) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The workflow is not valid",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    /// <summary>The problem for a failed definition operation.</summary>
    public static ProblemHttpResult From<T>(OperationResult<T> result) => result.Error switch
    {
        OperationError.NotFound => NotFound(result.Message ?? "Not found."),
        OperationError.Conflict => Conflict(result.Message ?? "Conflict."),
        _ => Invalid(result.Message ?? "The workflow is not valid.", result.Problems ?? []),
    };
}
