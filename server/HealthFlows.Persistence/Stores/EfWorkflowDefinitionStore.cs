using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>Definition versions in the <c>WorkflowDefinitions</c> table, one row per version.</summary>
public sealed class EfWorkflowDefinitionStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IWorkflowDefinitionStore
{
    public async Task<IReadOnlyList<WorkflowDefinitionVersion>> GetVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowDefinitions
            .Where(d => d.DefinitionId == definitionId)
            .OrderBy(d => d.Version)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToVersion());
    }

    public async Task<WorkflowDefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowDefinitions
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken);
        return record?.ToVersion();
    }

    public async Task<WorkflowDefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowDefinitions
            .Where(d => d.DefinitionId == definitionId && d.State == VersionState.Published)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return record?.ToVersion();
    }

    public async Task<IReadOnlyList<WorkflowDefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowDefinitions
            .Where(d => d.State == VersionState.Published)
            .OrderBy(d => d.DefinitionId)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToVersion());
    }

    public async Task<PagedResult<WorkflowDefinitionSummary>> ListAsync(DefinitionQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = db.WorkflowDefinitions;
        var newest = all.Where(d => d.Version == all.Where(o => o.DefinitionId == d.DefinitionId).Max(o => o.Version));

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is what EF translates to SQL lower() on every provider.
            newest = newest.Where(d => d.DefinitionId.ToLower().Contains(term)
                || d.Name.ToLower().Contains(term)
                || (d.Description != null && d.Description.ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        newest = query.Status?.Trim().ToLowerInvariant() switch
        {
            "published" => newest.Where(d => all.Any(o => o.DefinitionId == d.DefinitionId && o.State == VersionState.Published)),
            "draft" => newest.Where(d => all.Any(o => o.DefinitionId == d.DefinitionId && o.State == VersionState.Draft)),
            _ => newest,
        };

        var total = await newest.CountAsync(cancellationToken);
        var sorted = string.Equals(query.Sort, "name", StringComparison.OrdinalIgnoreCase)
            ? newest.OrderBy(d => d.Name).ThenBy(d => d.DefinitionId)
            : newest.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.DefinitionId);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var items = await sorted
            .Skip(skip)
            .Take(take)
            .Select(d => new WorkflowDefinitionSummary(
                d.DefinitionId,
                d.Name,
                d.Description,
                d.Version,
                all.Where(p => p.DefinitionId == d.DefinitionId && p.State == VersionState.Published).Max(p => (int?)p.Version),
                all.Any(p => p.DefinitionId == d.DefinitionId && p.State == VersionState.Draft),
                d.UpdatedAt,
                d.NodeCount))
            .ToListAsync(cancellationToken);
        return new PagedResult<WorkflowDefinitionSummary>(items, total);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowDefinitions.AnyAsync(cancellationToken);
    }

    public async Task SaveAsync(IReadOnlyCollection<WorkflowDefinitionVersion> versions, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var version in versions)
        {
            var record = version.ToRecord();
            if (version.StoredRevision == 0)
            {
                db.WorkflowDefinitions.Add(record);
            }
            else
            {
                var entry = db.Entry(record);
                entry.State = EntityState.Modified;
                entry.Property(r => r.Revision).OriginalValue = version.StoredRevision;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsConflict(ex))
        {
            throw new ConcurrencyConflictException(
                $"Workflow definition '{versions.First().DefinitionId}' was changed by someone else; reload it and try again.", ex);
        }

        foreach (var version in versions)
        {
            version.StoredRevision = version.Revision;
        }
    }

    public async Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
