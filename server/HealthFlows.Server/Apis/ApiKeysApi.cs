using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>API keys for system-to-system callers, for Admins: list, create (the key is shown once), revoke.</summary>
public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/api-keys").WithTags("API keys").RequireAuthorization(Policies.Administer);
        api.MapGet("/", List).WithName("ListApiKeys").WithSummary("Lists every API key, newest first, by prefix (never the key); revoked keys too.");
        api.MapPost("/", Create).WithName("CreateApiKey")
            .WithSummary("Creates an API key with roles, optional trigger paths and expiry; the answer holds the key, shown this once (422 listing every problem).")
            .DocumentsJsonBody<CreateApiKeyRequest>();
        api.MapDelete("/{apiKeyId}", Revoke).WithName("RevokeApiKey").WithSummary("Revokes an API key; it stops working at once.");
        return api;
    }

    public static async Task<Ok<ListResponse<ApiKeyResponse>>> List(ApiKeyManager keys, CancellationToken cancellationToken)
    {
        var all = await keys.ListAsync(cancellationToken);
        return TypedResults.Ok(new ListResponse<ApiKeyResponse>([.. all.Select(ApiKeyResponse.From)], all.Count));
    }

    public static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> Create(HttpContext context, ApiKeyManager keys, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<CreateApiKeyRequest>(context.Request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var request = body.Value!;
        var result = await keys.CreateAsync(request.Name, request.Roles, request.AllowedTriggerPaths, request.ExpiresAt, Actor.From(context), cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/api-keys/{result.Value!.Record.Id}", CreatedApiKeyResponse.From(result.Value))
            : AccountProblems.From(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string apiKeyId, HttpContext context, ApiKeyManager keys, CancellationToken cancellationToken)
    {
        var result = await keys.RevokeAsync(apiKeyId, Actor.From(context), cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : AccountProblems.From(result);
    }
}
