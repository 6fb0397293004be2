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
        await db.Database.MigrateAsync(cancellationToken);
    }
}
