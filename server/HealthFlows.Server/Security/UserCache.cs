using System.Collections.Concurrent;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;

namespace HealthFlows.Server.Security;

/// <summary>
/// Users looked up while checking their tokens, remembered briefly so a request does not read the database; every
/// change through this server invalidates the user at once (disable, roles, password).
/// </summary>
public sealed class UserCache(IUserAccountStore store, TimeProvider clock)
{
    /// <summary>How long a lookup is trusted; a change made through another server takes effect here within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (UserRecord? User, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<UserRecord?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(id, out var entry) && entry.Until > now)
        {
            return entry.User;
        }

        var user = await store.FindByIdAsync(id, cancellationToken);
        if (_entries.Count > 10_000)
        {
            _entries.Clear();
        }

        _entries[id] = (user, now + Lifetime);
        return user;
    }

    public void Invalidate(string id) => _entries.TryRemove(id, out _);
}
