using HealthFlows.Activities.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>Applies an endpoint's or callback's authorization setting to the caller's API key.</summary>
public static class HttpCallerCheck
{
    /// <summary>
    /// 401 without a valid key, 403 without the role (Admin keys pass every role) or when the key is restricted to other
    /// trigger paths; null when the caller may proceed.
    /// </summary>
    public static async Task<ProblemHttpResult?> AuthorizeAsync(HttpContext context, HttpAuthorization authorization)
    {
        if (authorization.Kind == HttpAuthorizationKind.Anonymous)
        {
            return null;
        }

        var result = await context.AuthenticateAsync(ApiKeyDefaults.Scheme);
        if (!result.Succeeded)
        {
            return HttpTriggerProblems.Unauthorized();
        }

        var allowedPaths = result.Principal.FindAll(HealthFlowsClaims.TriggerPath).Select(c => c.Value).ToList();
        context.Request.Path.StartsWithSegments("/workflows", out var below);
        var path = below.Value?.Trim('/') ?? "";
        if (allowedPaths.Count > 0 && !TriggerPaths.Allows(allowedPaths, path))
        {
            return HttpTriggerProblems.PathNotAllowed(path);
        }

        var role = authorization.Role;
        return authorization.Kind == HttpAuthorizationKind.Role && !result.Principal.IsInRole(role!) && !result.Principal.IsInRole(ApiKeyDefaults.RoleAdmin)
            ? HttpTriggerProblems.Forbidden(role!)
            : null;
    }
}
