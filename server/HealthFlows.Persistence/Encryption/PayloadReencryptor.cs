using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HealthFlows.Persistence.Encryption;

/// <summary>
/// Rewrites every payload column under the current key: after a key rotation (so the old key can be dropped) and after
/// turning encryption on over an existing database (plain rows become encrypted). Reads decrypt with any configured key;
/// writes encrypt with the current one. Safe while the server runs: an instance row a commit changed meanwhile is skipped
/// (the commit wrote it under the current key already), and only the payload columns are written.
/// </summary>
public sealed class PayloadReencryptor(IDbContextFactory<HealthFlowsDbContext> contexts)
{
    /// <summary>Rows per transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>Rewrites every table; answers the rows rewritten per table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReencryptAsync(CancellationToken cancellationToken)
    {
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["WorkflowInstances"] = await RewriteAsync<WorkflowInstanceRecord>(q => q.OrderBy(i => i.Id), cancellationToken),
            ["JournalEntries"] = await RewriteAsync<JournalEntryRecord>(q => q.OrderBy(j => j.InstanceId).ThenBy(j => j.Sequence), cancellationToken),
            ["Bookmarks"] = await RewriteAsync<BookmarkRecord>(q => q.OrderBy(b => b.Id), cancellationToken),
            ["DeadLetters"] = await RewriteAsync<DeadLetterRecord>(q => q.OrderBy(d => d.Id), cancellationToken),
            ["RawMessages"] = await RewriteAsync<RawMessageRecord>(q => q.OrderBy(m => m.Id), cancellationToken),
        };
    }

    private async Task<int> RewriteAsync<T>(Func<IQueryable<T>, IOrderedQueryable<T>> order, CancellationToken cancellationToken)
        where T : class
    {
        var rewritten = 0;
        for (var skip = 0; ; skip += BatchSize)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await order(db.Set<T>().AsTracking()).Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return rewritten;
            }

            foreach (var row in rows)
            {
                MarkPayloads(db.Entry(row));
            }

            try
            {
                rewritten += await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                rewritten += await RewriteOneByOneAsync(rows, cancellationToken);
            }
        }
    }

    private async Task<int> RewriteOneByOneAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var rewritten = 0;
        foreach (var row in rows)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Attach(row);
            MarkPayloads(db.Entry(row));
            try
            {
                rewritten += await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A commit rewrote the row since it was read, under the current key.
            }
        }

        return rewritten;
    }

    private static void MarkPayloads(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.GetValueConverter() is EncryptedTextConverter or EncryptedBytesConverter && property.CurrentValue is not null)
            {
                property.IsModified = true;
            }
        }
    }
}
