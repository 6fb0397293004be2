using System.Security.Claims;
using System.Text.Encodings.Web;
using HealthFlows.Persistence.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Security;

/// <summary>Authenticates callers by the <c>X-Api-Key</c> header against the hashed keys in the database.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindByHashAsync(ApiKeyHasher.Hash(values.ToString().Trim()), Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (key is null || key.RevokedAt is not null || (key.ExpiresAt is { } expires && expires <= now))
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id),
            new(ClaimTypes.Name, key.Name),
            new(HealthFlowsClaims.AuthenticationKind, "apiKey"),
        };
        claims.AddRange(Roles.Parse(key.Roles).Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(TriggerPaths.Parse(key.AllowedTriggerPaths).Select(p => new Claim(HealthFlowsClaims.TriggerPath, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => AuthProblems.WriteUnauthorizedAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.WriteForbiddenAsync(Context);
}
