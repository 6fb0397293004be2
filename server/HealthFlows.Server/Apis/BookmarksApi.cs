using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Phi;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Resuming a waiting instance through one of its bookmarks.</summary>
public static class BookmarksApi
{
    public static RouteGroupBuilder MapBookmarksApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/bookmarks").WithTags("Bookmarks");
        api.MapPost("/{bookmarkId}/resume", Resume).WithName("ResumeBookmark").WithSummary("Resumes a bookmark once, with an optional JSON payload.").DocumentsJsonBody<System.Text.Json.JsonElement>(required: false).RequireAuthorization(Policies.Operate).MaskPhi();
        return api;
    }

    public static async Task<Results<Ok<ExecutionResponse>, ProblemHttpResult>> Resume(
        string bookmarkId, HttpRequest request, WorkflowRunner runner, CancellationToken cancellationToken)
    {
        var payload = await RequestBody.ReadJsonAsync(request, allowEmpty: true, cancellationToken);
        if (payload.Failed)
        {
            return payload.Problem!;
        }

        return WorkflowInstancesApi.ToResponse(await runner.ResumeAsync(bookmarkId, payload.Value, cancellationToken));
    }
}
