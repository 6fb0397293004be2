namespace HealthFlows.Server.Security;

/// <summary>The authentication schemes of the API and what our own tokens say about themselves.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to the API key, our bearer tokens or the external provider's, by what the request carries.</summary>
    public const string Default = "HealthFlows";

    /// <summary>Access tokens this server issued at <c>POST /api/auth/sign-in</c>.</summary>
    public const string LocalBearer = "Bearer";

    /// <summary>Access tokens of the configured external OpenID Connect provider.</summary>
    public const string ExternalBearer = "ExternalBearer";

    public const string LocalIssuer = "healthflows";

    public const string LocalAudience = "healthflows-api";
}
