using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Triggers;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>Timer trigger state in the <c>TimerTriggers</c> table.</summary>
public sealed class EfTimerTriggerStore(IDbContextFactory<HealthFlowsDbContext> contexts) : ITimerTriggerStore
{
    public async Task<TimerTriggerState?> FindAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.TimerTriggers.AsNoTracking().FirstOrDefaultAsync(t => t.DefinitionId == definitionId, cancellationToken);
        return record is null ? null : new TimerTriggerState(record.DefinitionId, record.Version, record.LastOccurrence, record.UpdatedAt);
    }

    public async Task<bool> RecordFiredAsync(string definitionId, int version, DateTimeOffset occurrence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var occurrenceUtc = occurrence.ToUniversalTime();
        var atUtc = at.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            // Guarded in the UPDATE itself: the recorded occurrence only ever moves forward, whichever server writes last.
            var moved = await db.TimerTriggers
                .Where(t => t.DefinitionId == definitionId && t.LastOccurrence < occurrenceUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastOccurrence, occurrenceUtc).SetProperty(t => t.Version, version).SetProperty(t => t.UpdatedAt, atUtc), cancellationToken);
            if (moved > 0)
            {
                return true;
            }

            if (await db.TimerTriggers.AnyAsync(t => t.DefinitionId == definitionId, cancellationToken))
            {
                return false;
            }

            db.TimerTriggers.Add(new TimerTriggerRecord { DefinitionId = definitionId, Version = version, LastOccurrence = occurrenceUtc, UpdatedAt = atUtc });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // Another server inserted the first row meanwhile: compare against it once more.
                db.ChangeTracker.Clear();
            }
        }

        return false;
    }
}
