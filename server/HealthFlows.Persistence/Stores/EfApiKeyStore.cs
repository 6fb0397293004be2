using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>API keys in the <c>ApiKeys</c> table.</summary>
public sealed class EfApiKeyStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IApiKeyStore
{
    public async Task<ApiKeyRecord?> FindByHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == keyHash, cancellationToken);
    }

    public async Task AddAsync(ApiKeyRecord apiKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal)];
    }

    public async Task<ApiKeyRecord?> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, at), cancellationToken);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
    }
}
