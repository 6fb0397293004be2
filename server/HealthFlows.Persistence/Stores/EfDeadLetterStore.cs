using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>The dead-letter queue in the <c>DeadLetters</c> table.</summary>
public sealed class EfDeadLetterStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IDeadLetterStore
{
    public async Task<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.DeadLetters.AnyAsync(d => d.Id == deadLetter.Id, cancellationToken))
        {
            return false;
        }

        db.DeadLetters.Add(deadLetter.ToRecord());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A concurrent writer of the same burst inserted it between the check and the insert: it is written once.
            return false;
        }
    }

    public async Task<DeadLetter?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DeadLetters.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record?.ToDeadLetter();
    }

    public async Task<PagedResult<DeadLetter>> ListAsync(DeadLetterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deadLetters = db.DeadLetters.AsNoTracking();
        if (query.Status is { } status)
        {
            deadLetters = deadLetters.Where(d => d.Status == status);
        }

        if (query.DefinitionId is { } definitionId)
        {
            deadLetters = deadLetters.Where(d => d.DefinitionId == definitionId);
        }

        var total = await deadLetters.CountAsync(cancellationToken);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var records = await deadLetters
            .OrderByDescending(d => d.CreatedAt)
            .ThenByDescending(d => d.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return new PagedResult<DeadLetter>(records.ConvertAll(r => r.ToDeadLetter()), total);
    }

    public async Task<bool> ResolveAsync(string id, DeadLetterStatus status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var atUtc = at.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Guarded on Pending in the UPDATE itself, so of two deciders only one changes the row.
        var changed = await db.DeadLetters
            .Where(d => d.Id == id && d.Status == DeadLetterStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, status).SetProperty(d => d.ResolvedAt, atUtc), cancellationToken);
        return changed > 0;
    }
}
