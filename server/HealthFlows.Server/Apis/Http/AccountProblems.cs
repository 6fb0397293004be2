using HealthFlows.Runtime.Definitions;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis.Http;

/// <summary>Problem responses of the users and API keys APIs: every field problem under <c>errors</c>.</summary>
public static class AccountProblems
{
    public static ProblemHttpResult From<T>(AccountResult<T> result) => result.Error switch
    {
        OperationError.NotFound => Problems.NotFound(result.Message ?? "Not found."),
        OperationError.Conflict => Problems.Conflict(result.Message ?? "Conflict."),
        _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request is not valid",
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors ?? [] }),
    };

    public static ProblemHttpResult SignInFailed() =>
        TypedResults.Problem("The user name or password is wrong, or the account is disabled or locked for a while.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
}
