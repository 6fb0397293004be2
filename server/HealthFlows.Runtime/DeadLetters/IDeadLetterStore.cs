using HealthFlows.Runtime.Stores;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>Stores dead letters (the dead-letter queue).</summary>
public interface IDeadLetterStore
{
    /// <summary>Inserts the dead letter unless one with its id exists (a re-run burst); false when it already existed, unchanged.</summary>
    Task<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken);

    Task<DeadLetter?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Dead letters, newest first, filtered and paged.</summary>
    Task<PagedResult<DeadLetter>> ListAsync(DeadLetterQuery query, CancellationToken cancellationToken);

    /// <summary>Moves a Pending dead letter to <paramref name="status"/> at <paramref name="at"/>; false (changing nothing) when it is not Pending or unknown.</summary>
    Task<bool> ResolveAsync(string id, DeadLetterStatus status, DateTimeOffset at, CancellationToken cancellationToken);
}
