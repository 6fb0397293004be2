using HealthFlows.Server.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HealthFlows.Server.Security;

/// <summary>Configures the two bearer schemes: our own tokens (symmetric key) and, when configured, the external provider's (its published keys).</summary>
public sealed class BearerOptionsSetup(JwtSigningKey signingKey, IOptions<HealthFlowsOptions> options, TimeProvider clock) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        ArgumentNullException.ThrowIfNull(bearer);
        var auth = options.Value.Auth;
        bearer.MapInboundClaims = false;
        bearer.TimeProvider = clock;
        bearer.Events = new JwtBearerEvents
        {
            OnChallenge = async context =>
            {
                context.HandleResponse();
                await AuthProblems.WriteUnauthorizedAsync(context.HttpContext);
            },
            OnForbidden = context => AuthProblems.WriteForbiddenAsync(context.HttpContext),
            OnTokenValidated = name == AuthSchemes.ExternalBearer ? ExternalTokenValidatedAsync : LocalTokenValidatedAsync,
        };

        if (name == AuthSchemes.ExternalBearer)
        {
            bearer.Authority = auth.Authority;
            bearer.Audience = auth.Audience;
            bearer.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            bearer.TokenValidationParameters = Parameters(validIssuer: auth.Authority?.TrimEnd('/'), audience: auth.Audience, key: null);
            bearer.TokenValidationParameters.ValidIssuers = auth.Authority is null ? null : [auth.Authority.TrimEnd('/'), auth.Authority.TrimEnd('/') + "/"];
        }
        else if (name == AuthSchemes.LocalBearer)
        {
            bearer.TokenValidationParameters = Parameters(AuthSchemes.LocalIssuer, AuthSchemes.LocalAudience, signingKey.Key);
            bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private TokenValidationParameters Parameters(string? validIssuer, string? audience, SecurityKey? key) => new()
    {
        ValidIssuer = validIssuer,
        ValidAudience = audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        IssuerSigningKey = key,
        ValidateIssuerSigningKey = key is not null,
        ClockSkew = TimeSpan.FromMinutes(1),
        NameClaimType = "name",
        RoleClaimType = "role",

        // The library reads the machine clock; the server's clock is the injected TimeProvider (tests move it).
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is not { } nbf || nbf <= now + parameters.ClockSkew) && expires is { } exp && exp > now - parameters.ClockSkew;
        },
    };

    private async Task LocalTokenValidatedAsync(TokenValidatedContext context)
    {
        var id = context.Principal?.FindFirst("sub")?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserCache>();
        var user = id is null ? null : await users.FindByIdAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled)
        {
            context.Fail("The user no longer exists or is disabled.");
            return;
        }

        context.Principal = BearerPrincipals.ForUser(context.Principal!, user, context.Scheme.Name);
    }

    private Task ExternalTokenValidatedAsync(TokenValidatedContext context)
    {
        context.Principal = BearerPrincipals.ForExternal(context.Principal!, options.Value.Auth, context.Scheme.Name);
        return Task.CompletedTask;
    }
}
