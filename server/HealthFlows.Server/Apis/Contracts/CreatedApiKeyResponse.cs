using HealthFlows.Server.Security;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A new API key with the key itself: the only time it is shown (only its hash is stored).</summary>
public sealed record CreatedApiKeyResponse(
    string Id, string Name, string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<string> AllowedTriggerPaths,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, string Key)
{
    public static CreatedApiKeyResponse From(CreatedApiKey created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var listed = ApiKeyResponse.From(created.Record);
        return new(listed.Id, listed.Name, listed.Prefix, listed.Roles, listed.AllowedTriggerPaths, listed.CreatedAt, listed.ExpiresAt, created.Key);
    }
}
