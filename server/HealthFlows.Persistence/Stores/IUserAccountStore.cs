using HealthFlows.Persistence.Entities;

namespace HealthFlows.Persistence.Stores;

/// <summary>The built-in users of the embedded default.</summary>
public interface IUserAccountStore
{
    Task<UserRecord?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>The user whose <see cref="UserRecord.NormalizedUserName"/> is <paramref name="normalizedUserName"/>; null when none.</summary>
    Task<UserRecord?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the user; false (nothing stored) when the name is taken.</summary>
    Task<bool> AddAsync(UserRecord user, CancellationToken cancellationToken);

    /// <summary>Writes every column of an existing user; false when it is gone.</summary>
    Task<bool> UpdateAsync(UserRecord user, CancellationToken cancellationToken);

    /// <summary>Whether any user is stored (the bootstrap admin is seeded into an empty table).</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);
}
