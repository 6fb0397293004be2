namespace HealthFlows.Activities.Http;

/// <summary>An endpoint's authorization setting as written in a workflow: <c>anonymous</c>, <c>apiKey</c> or <c>role:&lt;name&gt;</c>.</summary>
public sealed record HttpAuthorization(HttpAuthorizationKind Kind, string? Role = null)
{
    private const string RolePrefix = "role:";

    public static HttpAuthorization ApiKey { get; } = new(HttpAuthorizationKind.ApiKey);

    /// <summary>Reads the setting (case-insensitive); false for anything else, including a role without a name.</summary>
    public static bool TryParse(string? text, out HttpAuthorization authorization)
    {
        var value = text?.Trim() ?? "";
        authorization = ApiKey;
        if (value.Equals("anonymous", StringComparison.OrdinalIgnoreCase))
        {
            authorization = new(HttpAuthorizationKind.Anonymous);
            return true;
        }

        if (value.Equals("apiKey", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value.StartsWith(RolePrefix, StringComparison.OrdinalIgnoreCase) && value[RolePrefix.Length..].Trim() is { Length: > 0 } role)
        {
            authorization = new(HttpAuthorizationKind.Role, role);
            return true;
        }

        return false;
    }

    public override string ToString() => Kind switch
    {
        HttpAuthorizationKind.Anonymous => "anonymous",
        HttpAuthorizationKind.Role => RolePrefix + Role,
        _ => "apiKey",
    };
}
