using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// The audit trail in the <c>AuditEntries</c> table. Appends are serialized so the chain never forks: one writer at a time
/// in this process; across nodes on PostgreSQL a transaction-level advisory lock; and on every database the sequence is the
/// primary key, so a writer that still lost a race fails on insert and retries on top of the new last entry.
/// </summary>
public sealed class EfAuditTrail(IDbContextFactory<HealthFlowsDbContext> contexts, PersistenceOptions options, TimeProvider clock) : IAuditTrail, IDisposable
{
    /// <summary>The PostgreSQL advisory lock key of the audit chain (any constant shared by every node).</summary>
    public const long AdvisoryLockKey = 0x4846_4155_4449_5401;

    private const int MaxAttempts = 5;
    private const int VerifyBatchSize = 500;

    private readonly SemaphoreSlim writer = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var fitted = auditEvent.FitColumns();
        await writer.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await AppendOnceAsync(fitted, cancellationToken);
                }
                catch (DbUpdateException ex) when (attempt < MaxAttempts && DbErrors.IsUniqueViolation(ex))
                {
                    // Another node appended the same sequence first (possible only without the advisory lock): chain onto its entry.
                }
            }
        }
        finally
        {
            writer.Release();
        }
    }

    public async Task<PagedResult<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Actor is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor || e.ActorName == actor);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.TargetType is { } targetType)
        {
            entries = entries.Where(e => e.TargetType == targetType);
        }

        if (query.TargetId is { } targetId)
        {
            entries = entries.Where(e => e.TargetId == targetId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt <= toUtc);
        }

        var total = await entries.CountAsync(cancellationToken);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var records = await entries.OrderByDescending(e => e.Sequence).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(records.ConvertAll(r => r.ToEntry()), total);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var verifier = new ChainVerifier();
        long after = long.MinValue;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(VerifyBatchSize)
                .ToListAsync(cancellationToken);
            foreach (var record in batch)
            {
                if (!verifier.Check(record.ToEntry()))
                {
                    return verifier.Result();
                }
            }

            if (batch.Count < VerifyBatchSize)
            {
                return verifier.Result();
            }

            after = batch[^1].Sequence;
        }
    }

    public void Dispose() => writer.Dispose();

    private async Task<AuditEntry> AppendOnceAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            // Held until commit: nodes sharing the database append one at a time, each on top of the last committed entry.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var entry = AuditChain.Seal(auditEvent, (last?.Sequence ?? 0) + 1, clock.GetUtcNow(), last?.Hash ?? AuditChain.GenesisHash);
        db.AuditEntries.Add(entry.ToRecord());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }
}
