using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>Creates the SQLite file and seeds it on first start, before the host takes requests; later starts keep the data.</summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<ErpSandboxOptions> options, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SandboxDatabase.EnsureFolder(options.Value);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpSandboxDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        // Write-ahead logging lets readers go on while an invoice is being written.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (await db.Companies.AnyAsync(cancellationToken))
            return;
        SandboxSeed.AddTo(db, options.Value.CompanyName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
