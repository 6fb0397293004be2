using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Leases;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// Leases as two columns of the instance row. Commits write them with the instance; renewals and claims are guarded
/// UPDATEs that leave the row's revision alone, so they never make a commit conflict.
/// </summary>
public sealed class EfInstanceLeaseStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IInstanceLeaseStore
{
    public async Task<int> RenewAsync(string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var until = expiresAt.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowInstances
            .Where(i => i.Status == WorkflowStatus.Running && i.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseExpiresAt, until), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset expiresAt, bool includeOwn, int max, CancellationToken cancellationToken)
    {
        var nowUtc = now.ToUniversalTime();
        var until = expiresAt.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await Claimable(db, owner, nowUtc, until, includeOwn)
            .OrderBy(i => i.CreatedAt)
            .Select(i => i.Id)
            .Take(Math.Max(max, 0))
            .ToListAsync(cancellationToken);

        // One guarded UPDATE per instance: of two nodes claiming the same one, only the first finds it still lapsed.
        var claimed = new List<string>(candidates.Count);
        foreach (var id in candidates)
        {
            var updated = await Claimable(db, owner, nowUtc, until, includeOwn)
                .Where(i => i.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseOwner, owner).SetProperty(i => i.LeaseExpiresAt, until), cancellationToken);
            if (updated == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    public async Task ReleaseAsync(string instanceId, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WorkflowInstances
            .Where(i => i.Id == instanceId && i.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseOwner, (string?)null).SetProperty(i => i.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    private static IQueryable<Entities.WorkflowInstanceRecord> Claimable(HealthFlowsDbContext db, string owner, DateTimeOffset now, DateTimeOffset until, bool includeOwn) =>
        db.WorkflowInstances.Where(i => i.Status == WorkflowStatus.Running
            && (i.LeaseExpiresAt == null || i.LeaseExpiresAt <= now || (includeOwn && i.LeaseOwner == owner && i.LeaseExpiresAt < until)));
}
