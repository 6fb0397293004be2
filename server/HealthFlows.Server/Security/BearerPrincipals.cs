using System.Security.Claims;
using HealthFlows.Server.Configuration;

namespace HealthFlows.Server.Security;

/// <summary>Turns a validated bearer token into the principal the policies read: name, id and HealthFlows roles as <see cref="ClaimTypes.Role"/>.</summary>
public static class BearerPrincipals
{
    /// <summary>Our token: the roles are the user's current ones, so a change applies before the token expires.</summary>
    public static ClaimsPrincipal ForUser(ClaimsPrincipal token, Persistence.Entities.UserRecord user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(HealthFlowsClaims.AuthenticationKind, "user"),
        };
        claims.AddRange(Roles.Parse(user.Roles).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>An external token: the configured role claim's values, mapped; values that map to nothing grant nothing.</summary>
    public static ClaimsPrincipal ForExternal(ClaimsPrincipal token, AuthOptions options, string scheme)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var subject = token.FindFirst("sub")?.Value ?? "";
        var name = token.FindFirst("preferred_username")?.Value ?? token.FindFirst("name")?.Value ?? subject;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, subject),
            new(ClaimTypes.Name, name),
            new(HealthFlowsClaims.AuthenticationKind, "external"),
        };
        var roles = token.FindAll(options.RoleClaim).SelectMany(c => MapRole(c.Value, options)).Distinct(StringComparer.Ordinal);
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private static IEnumerable<string> MapRole(string value, AuthOptions options)
    {
        if (options.RoleMappings.TryGetValue(value, out var mapped))
        {
            return Roles.Parse(mapped).Select(Roles.Canonical).OfType<string>();
        }

        return Roles.Canonical(value) is { } known && known == value ? [known] : [];
    }
}
