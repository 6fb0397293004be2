using System.Security.Claims;
using HealthFlows.Persistence.Entities;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HealthFlows.Server.Security;

/// <summary>Issues the signed JWT access tokens a user gets at sign-in.</summary>
public sealed class AccessTokenIssuer(JwtSigningKey signingKey, IOptions<HealthFlowsOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        var expires = now + options.Value.Auth.TokenLifetime;
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, user.Id), new(JwtRegisteredClaimNames.Name, user.UserName) };
        claims.AddRange(Roles.Parse(user.Roles).Select(r => new Claim("role", r)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthSchemes.LocalIssuer,
            Audience = AuthSchemes.LocalAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, expires);
    }
}
