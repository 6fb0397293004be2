using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>Reads open bookmarks from the <c>Bookmarks</c> table.</summary>
public sealed class EfBookmarkStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IBookmarkStore
{
    public async Task<Bookmark?> FindAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Bookmarks.FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return record?.ToBookmark();
    }

    public async Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken)
    {
        var untilUtc = until.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Bookmarks
            .Where(b => b.ResumeAt != null && b.ResumeAt <= untilUtc)
            .OrderBy(b => b.ResumeAt)
            .ThenBy(b => b.Id)
            .Take(Math.Max(max, 0))
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToBookmark());
    }

    public async Task<IReadOnlyList<Bookmark>> FindByCorrelationAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Bookmarks
            .Where(b => b.Name == name && b.CorrelationKey == correlationKey)
            .OrderBy(b => b.CreatedAt)
            .ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => r.ToBookmark());
    }
}
