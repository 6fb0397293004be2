using Microsoft.AspNetCore.Mvc;

namespace HealthFlows.Server.Security;

/// <summary>The problem+json bodies of 401 and 403, the same whichever scheme refused the caller.</summary>
public static class AuthProblems
{
    public static Task WriteUnauthorizedAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication required",
            $"Send a valid API key in the {ApiKeyDefaults.HeaderName} header or a bearer token in the Authorization header.");

    public static Task WriteForbiddenAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "Your roles do not allow this.");

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail } });
    }
}
