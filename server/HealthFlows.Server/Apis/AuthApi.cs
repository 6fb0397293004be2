using System.Security.Claims;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Sign-in of built-in users (a bearer token for the API), and who the caller is.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/auth").WithTags("Authentication");
        api.MapPost("/sign-in", SignIn).WithName("SignIn")
            .WithSummary("Exchanges a user name and password for a signed access token (401 when wrong, disabled or locked out; 429 when too frequent).")
            .DocumentsJsonBody<SignInRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        api.MapGet("/me", Me).WithName("GetCurrentUser").WithSummary("Who the caller is: id, name, how it signed in, roles.")
            .RequireAuthorization(Policies.SignedIn);
        return api;
    }

    public static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> SignIn(
        HttpContext context, UserAccounts accounts, AccessTokenIssuer tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<SignInRequest>(context.Request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var (userName, password) = (body.Value!.UserName, body.Value.Password);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)
            || userName.Length > AccountRules.MaxUserNameLength || password.Length > AccountRules.MaxPasswordLength)
        {
            return Problems.BadRequest("Send { \"userName\": \"…\", \"password\": \"…\" }.");
        }

        var outcome = await accounts.SignInAsync(userName, password, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return AccountProblems.SignInFailed();
        }

        var user = outcome.User!;
        var token = tokens.Issue(user);
        var expiresIn = (int)Math.Max(0, (token.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        return TypedResults.Ok(new SignInResponse(token.Token, "Bearer", expiresIn, token.ExpiresAt, user.UserName, Roles.Parse(user.Roles)));
    }

    public static Ok<CurrentUserResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new CurrentUserResponse(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.FindFirstValue(ClaimTypes.Name),
        user.FindFirstValue(HealthFlowsClaims.AuthenticationKind),
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]));
}
