using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Migrations;

/// <summary>Applies the provider's migrations with EF Core, creating the SQLite data directory first.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<HealthFlowsDbContext> contexts, PersistenceOptions options) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(HealthFlowsDbContextOptions.SqliteConnectionString(options)).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // MigrateAsync also diffs the model against the migrations' snapshot to warn of a forgotten migration, which cost a
        // start about half a second of CPU (docs/benchmarks.md); a database that lacks no migration has nothing to apply.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
