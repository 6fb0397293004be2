using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>Creates the SQLite file and seeds it on first start, before the host takes requests; later starts keep the data (adding newer tables).</summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<ErpSandboxOptions> options, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SandboxDatabase.EnsureFolder(options.Value);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpSandboxDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await SchemaUpgrade.AddMissingTablesAsync(db, cancellationToken);
        // Write-ahead logging lets readers go on while an invoice is being written.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (!await db.Companies.AnyAsync(cancellationToken))
            SandboxSeed.AddTo(db, options.Value.CompanyName, clock.GetUtcNow());
        // Also for a file from a sandbox that had no inventory yet.
        if (!await db.Vendors.AnyAsync(cancellationToken))
            InventorySeed.AddTo(db, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
