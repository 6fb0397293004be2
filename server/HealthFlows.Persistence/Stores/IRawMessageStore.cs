using HealthFlows.Persistence.Entities;

namespace HealthFlows.Persistence.Stores;

/// <summary>The raw message store: messages as triggers received them, encrypted, kept for replay until their retention ends.</summary>
public interface IRawMessageStore
{
    Task AddAsync(RawMessageRecord message, CancellationToken cancellationToken);

    /// <summary>Stores several messages in one transaction.</summary>
    Task AddRangeAsync(IReadOnlyCollection<RawMessageRecord> messages, CancellationToken cancellationToken);

    /// <summary>The messages that started <paramref name="instanceId"/>, oldest first (bodies decrypted).</summary>
    Task<IReadOnlyList<RawMessageRecord>> ListForInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Deletes at most <paramref name="batchSize"/> messages received before <paramref name="cutoff"/>; answers how many.</summary>
    Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
