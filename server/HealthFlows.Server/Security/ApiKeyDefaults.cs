namespace HealthFlows.Server.Security;

/// <summary>Names used by API key authentication.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string RoleAdmin = Roles.Admin;

    /// <summary>Prefix of generated keys, so a leaked one is recognisable in logs and secret scanners.</summary>
    public const string KeyPrefix = "hf_";
}
