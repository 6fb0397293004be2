using HealthFlows.Persistence.Mapping;
using HealthFlows.Persistence.Stores.Commits;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// Instances with their journal, incidents and bookmarks. Commits are plain SQL built from the EF model (multi-row inserts,
/// guarded update and deletes) in one transaction, grouped across concurrent callers when group commit is on.
/// </summary>
public sealed class EfWorkflowInstanceStore : IWorkflowInstanceStore, IAsyncDisposable, IDisposable
{
    private readonly IDbContextFactory<HealthFlowsDbContext> contexts;
    private readonly CommitWriter writer;
    private readonly GroupCommitWriter? groupWriter;

    public EfWorkflowInstanceStore(IDbContextFactory<HealthFlowsDbContext> contexts, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.contexts = contexts;
        writer = new CommitWriter(contexts);
        groupWriter = options.GroupCommit ? new GroupCommitWriter(writer, options.MaxGroupCommitSize) : null;
    }

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return record?.ToInstance();
    }

    public Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);

        // Rows are made (JSON serialized) here, on the caller's thread; the writer only runs SQL.
        var prepared = new PreparedCommit(commit);
        return groupWriter is null
            ? writer.WriteAloneAsync(prepared, cancellationToken)
            : groupWriter.CommitAsync(prepared, cancellationToken);
    }

    public async Task<PagedResult<WorkflowInstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var instances = db.WorkflowInstances.AsQueryable();
        if (query.DefinitionId is { } definitionId)
        {
            instances = instances.Where(i => i.DefinitionId == definitionId);
        }

        if (query.Version is { } version)
        {
            instances = instances.Where(i => i.Version == version);
        }

        if (query.Status is { } status)
        {
            instances = instances.Where(i => i.Status == status);
        }

        if (query.SubStatus is { } subStatus)
        {
            instances = instances.Where(i => i.SubStatus == subStatus);
        }

        if (query.CorrelationId is { } correlationId)
        {
            instances = instances.Where(i => i.CorrelationId == correlationId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            instances = instances.Where(i => i.CreatedAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            instances = instances.Where(i => i.CreatedAt <= toUtc);
        }

        var total = await instances.CountAsync(cancellationToken);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var records = await instances
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return new PagedResult<WorkflowInstanceSummary>(records.ConvertAll(r => r.ToSummary()), total);
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.JournalEntries
            .Where(j => j.InstanceId == instanceId)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToEntry());
    }

    public async Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Incidents
            .Where(i => i.InstanceId == instanceId)
            .OrderBy(i => i.Timestamp)
            .ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToIncident());
    }

    public async Task<bool> DeleteAsync(string instanceId, CancellationToken cancellationToken)
    {
        // The journal, incidents and bookmarks go with it through ON DELETE CASCADE.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowInstances.Where(i => i.Id == instanceId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<string>> ListIdsByStatusAsync(WorkflowStatus status, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowInstances
            .Where(i => i.Status == status)
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Select(i => i.Id)
            .Take(Math.Max(max, 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Writes the commits still queued, then stops the group-commit writer.</summary>
    public ValueTask DisposeAsync() => groupWriter?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>For containers disposed synchronously: blocks until the queued commits are written.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
