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
}
