using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>The raw message store in the <c>RawMessages</c> table; the body column is encrypted by the model's converter.</summary>
public sealed class EfRawMessageStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IRawMessageStore
{
    public Task AddAsync(RawMessageRecord message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AddRangeAsync([message], cancellationToken);
    }

    public async Task AddRangeAsync(IReadOnlyCollection<RawMessageRecord> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var message in messages)
        {
            message.ReceivedAt = message.ReceivedAt.ToUniversalTime();
            db.RawMessages.Add(message);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RawMessageRecord>> ListForInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RawMessages.AsNoTracking()
            .Where(m => m.InstanceId == instanceId)
            .OrderBy(m => m.ReceivedAt)
            .ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var cutoffUtc = cutoff.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Ids first, then one DELETE of those: each batch is a short transaction on every provider.
        var ids = await db.RawMessages
            .Where(m => m.ReceivedAt < cutoffUtc)
            .OrderBy(m => m.ReceivedAt)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.RawMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
