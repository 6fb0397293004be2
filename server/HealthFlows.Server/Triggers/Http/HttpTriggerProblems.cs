using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>The RFC 9457 answers of the HTTP trigger that the API's <c>Problems</c> does not already have.</summary>
public static class HttpTriggerProblems
{
    public static ProblemHttpResult NoRoute(string path) =>
        TypedResults.Problem($"No published workflow serves /workflows/{path}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult MethodNotAllowed(string method, string path, IEnumerable<string> allowed) =>
        TypedResults.Problem($"/workflows/{path} does not answer {method}; it answers {string.Join(", ", allowed)}.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem("Send a valid API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required");

    public static ProblemHttpResult Forbidden(string role) =>
        TypedResults.Problem($"This endpoint needs an API key with the role '{role}'.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult PathNotAllowed(string path) =>
        TypedResults.Problem($"This API key is restricted to other trigger paths than /workflows/{path}.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    /// <summary>The run faulted: not the caller's fault, but the caller must know; names the instance to look at.</summary>
    public static ProblemHttpResult Faulted(string instanceId, IEnumerable<string> incidents) =>
        TypedResults.Problem(
            $"The workflow faulted: {string.Join(" ", incidents)}",
            statusCode: StatusCodes.Status500InternalServerError,
            title: "The workflow faulted",
            extensions: new Dictionary<string, object?> { ["instanceId"] = instanceId, ["statusUrl"] = HttpTriggerResponses.StatusUrl(instanceId) });
}
