using HealthFlows.Persistence.Entities;
using HealthFlows.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Security;

/// <summary>Composes authentication (API key, our bearer tokens, an external provider's), the policies, rate limits, CORS and transport security.</summary>
public static class SecurityServices
{
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddHealthFlowsSecurity(this WebApplicationBuilder builder, HealthFlowsOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var services = builder.Services;
        services.AddScoped<AdminKeyBootstrapper>();
        services.AddScoped<AdminUserBootstrapper>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<UserCache>();
        services.AddSingleton<ApiKeyManager>();
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
        services.AddSingleton(provider => new JwtSigningKey(provider.GetRequiredService<IOptions<HealthFlowsOptions>>().Value));
        services.TryAddSingleton<ISecurityEventSink, LoggingSecurityEventSink>();

        var external = !string.IsNullOrWhiteSpace(options.Auth.Authority);
        var authentication = services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "API key or bearer token", scheme => scheme.ForwardDefaultSelector = context => SchemeSelector.Select(context, external))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null)
            .AddJwtBearer(AuthSchemes.LocalBearer);
        if (external)
        {
            authentication.AddJwtBearer(AuthSchemes.ExternalBearer);
        }

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerOptionsSetup>();
        services.AddAuthorization(Policies.Register);
        services.AddHealthFlowsRateLimits(options.RateLimits);
        services.AddCors(cors =>
        {
            if (options.Cors.AllowedOrigins.Length > 0)
            {
                cors.AddPolicy(CorsPolicy, policy => policy.WithOrigins(options.Cors.AllowedOrigins).AllowAnyHeader().AllowAnyMethod()
                    .WithExposedHeaders("Location", "Retry-After", "X-Workflow-Instance-Id"));
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = options.Https.HstsMaxAge;
            hsts.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>The security middleware, in order: headers, HSTS and HTTPS outside Development, CORS, authentication, authorization, rate limits.</summary>
    public static WebApplication UseHealthFlowsSecurity(this WebApplication app, HealthFlowsOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            if (options.Https.Hsts)
            {
                app.UseHsts();
            }

            if (options.Https.RedirectHttp)
            {
                app.UseHttpsRedirection();
            }
        }

        if (options.Cors.AllowedOrigins.Length > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
