using HealthFlows.Persistence.Encryption;
using HealthFlows.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HealthFlows.Persistence;

/// <summary>Configures a <see cref="HealthFlowsDbContext"/> for a provider; shared by the host, design-time factories and tests.</summary>
public static class HealthFlowsDbContextOptions
{
    /// <summary>Points <paramref name="builder"/> at the database <paramref name="options"/> describe, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        var migrations = MigrationAssemblies.For(options.Provider);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options), sqlite => sqlite.MigrationsAssembly(migrations))
                    .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeout));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(RequireConnectionString(options), npgsql => npgsql.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(RequireConnectionString(options), sqlServer => sqlServer.MigrationsAssembly(migrations));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }

        if (options.Encryption is { } protector)
        {
            ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new PayloadEncryptionExtension(protector));
        }

        builder.ReplaceService<IModelCacheKeyFactory, EncryptionModelCacheKeyFactory>();
        return builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>The SQLite connection string: the configured one, or <c>healthflows.db</c> in the data directory; foreign keys on.</summary>
    public static string SqliteConnectionString(PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(Path.Combine(options.DataDirectory, PersistenceOptions.SqliteFileName)) }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        builder.ForeignKeys = true;
        builder.Pooling = true;
        return builder.ToString();
    }

    private static string RequireConnectionString(PersistenceOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"The {options.Provider} provider needs a connection string (ConnectionStrings:HealthFlows).")
            : options.ConnectionString;
}
