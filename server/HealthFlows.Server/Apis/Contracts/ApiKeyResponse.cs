using HealthFlows.Persistence.Entities;
using HealthFlows.Server.Security;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>An API key as listed: its prefix, never the key or its hash.</summary>
public sealed record ApiKeyResponse(
    string Id, string Name, string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<string> AllowedTriggerPaths,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResponse From(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.Prefix, Security.Roles.Parse(key.Roles), TriggerPaths.Parse(key.AllowedTriggerPaths), key.CreatedAt, key.ExpiresAt, key.RevokedAt);
    }
}
