namespace HealthFlows.Server.Security;

/// <summary>Names used by API key authentication.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string RoleAdmin = "Admin";
}
