namespace HealthFlows.Persistence.Entities;

/// <summary>An API key of the server; only the SHA-256 of the key is stored.</summary>
public sealed class ApiKeyRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string KeyHash { get; set; } = "";

    /// <summary>The key's first characters, so a person can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Comma-separated role names.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Newline-separated /workflows paths (a trailing <c>*</c> matches below) the key may call; null for every trigger.</summary>
    public string? AllowedTriggerPaths { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
