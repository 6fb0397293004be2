using System.Collections.Concurrent;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;

namespace HealthFlows.Server.Security;

/// <summary>Remembers key lookups for a short while so authentication does not read the database on every request.</summary>
public sealed class ApiKeyCache(IApiKeyStore store, TimeProvider clock)
{
    /// <summary>How long a lookup is trusted; a key revoked through another server stops working here within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<ApiKeyRecord?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(hash, out var entry) && entry.Until > now)
        {
            return entry.Key;
        }

        var key = await store.FindByHashAsync(hash, cancellationToken);
        if (_entries.Count > 10_000)
        {
            _entries.Clear();
        }

        _entries[hash] = (key, now + Lifetime);
        return key;
    }

    /// <summary>Forgets every lookup, so a revoked key stops working on this server at once.</summary>
    public void Invalidate() => _entries.Clear();
}
