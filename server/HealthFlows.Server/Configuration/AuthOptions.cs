namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Auth</c>: the tokens this server issues to its users, and an external OpenID Connect provider's tokens it accepts.</summary>
public sealed class AuthOptions
{
    /// <summary>The key (at least 32 characters) that signs our access tokens; when empty one is generated into the data directory on first start.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long an access token from <c>POST /api/auth/sign-in</c> is valid. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The external identity provider (its issuer URL, where <c>.well-known/openid-configuration</c> is found); none by default.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience external tokens must be issued for (required with <see cref="Authority"/>).</summary>
    public string? Audience { get; set; }

    /// <summary>The claim of an external token that carries its roles or groups. Default <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>External role or group value → HealthFlows role(s), comma-separated. A value that already is a HealthFlows role name counts as that role.</summary>
    public Dictionary<string, string> RoleMappings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Refuse an <see cref="Authority"/> served over plain HTTP. Default true; only tests and labs turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Failed sign-ins in a row that lock a user out. Default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a lockout lasts. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The shortest password accepted for a user. Default 12.</summary>
    public int MinimumPasswordLength { get; set; } = 12;
}
