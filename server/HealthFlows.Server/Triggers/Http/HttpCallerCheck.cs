using HealthFlows.Activities.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>Applies an endpoint's or callback's authorization setting to the caller's API key.</summary>
public static class HttpCallerCheck
{
    /// <summary>401 without a valid key, 403 without the role (Admin keys pass every role); null when the caller may proceed.</summary>
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

        var role = authorization.Role;
        return authorization.Kind == HttpAuthorizationKind.Role && !result.Principal.IsInRole(role!) && !result.Principal.IsInRole(ApiKeyDefaults.RoleAdmin)
            ? HttpTriggerProblems.Forbidden(role!)
            : null;
    }
}
