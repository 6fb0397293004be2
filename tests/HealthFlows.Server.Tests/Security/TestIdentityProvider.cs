using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HealthFlows.Server.Tests.Security;

/// <summary>
/// A minimal OpenID Connect provider on Kestrel: the discovery document and the signing key set (RS256), and tokens
/// signed with a test key, as an external identity provider would issue them.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa;

    private TestIdentityProvider(WebApplication app, RSA rsa, string issuer)
    {
        _app = app;
        _rsa = rsa;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object> { ["issuer"] = issuer, ["jwks_uri"] = issuer + "/jwks", ["id_token_signing_alg_values_supported"] = new[] { "RS256" } });
        });
        app.MapGet("/jwks", () =>
        {
            var parameters = rsa.ExportParameters(includePrivateParameters: false);
            var key = new Dictionary<string, string>
            {
                ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = "test-key",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            return Results.Json(new { keys = new[] { key } });
        });
        await app.StartAsync();
        var address = app.Urls.First();
        return new TestIdentityProvider(app, rsa, address.TrimEnd('/'));
    }

    /// <summary>A token from this provider; <paramref name="signWith"/> replaces the provider's key (to forge one).</summary>
    public string IssueToken(DateTimeOffset now, string audience, IEnumerable<Claim> claims, RSA? signWith = null)
    {
        var key = new RsaSecurityKey(signWith ?? _rsa) { KeyId = "test-key" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(30).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
