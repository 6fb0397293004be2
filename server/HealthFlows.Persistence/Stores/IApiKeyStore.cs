using HealthFlows.Persistence.Entities;

namespace HealthFlows.Persistence.Stores;

/// <summary>The server's API keys, looked up by the SHA-256 of the key a caller sends.</summary>
public interface IApiKeyStore
{
    /// <summary>The key whose hash is <paramref name="keyHash"/> (lower-case hex SHA-256); null when none.</summary>
    Task<ApiKeyRecord?> FindByHashAsync(string keyHash, CancellationToken cancellationToken);

    Task AddAsync(ApiKeyRecord apiKey, CancellationToken cancellationToken);

    /// <summary>Whether any key is stored (the bootstrap admin key is seeded into an empty table).</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Every key, newest first (revoked ones too: they stay for the record).</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Marks the key revoked at <paramref name="at"/>; the revoked key, or null when there is no key with that id. A second revoke keeps the first time.</summary>
    Task<ApiKeyRecord?> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}
