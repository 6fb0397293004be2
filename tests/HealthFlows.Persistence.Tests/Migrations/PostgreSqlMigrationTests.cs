using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Persistence.Tests.Migrations;

public sealed class PostgreSqlMigrationTests(PostgresServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigration()
    {
        var options = new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync("migrate") };
        await using var services = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();

        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);

        await using var db = await services.GetRequiredService<IDbContextFactory<HealthFlowsDbContext>>().CreateDbContextAsync(Token);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Token));
        Assert.Equal(
            ["ApiKeys", "AuditEntries", "Bookmarks", "CostCenterMappings", "CostCenters", "DeadLetters", "Incidents", "JournalEntries", "RawMessages", "TimerTriggers", "Users", "WorkflowDefinitions", "WorkflowInstances"],
            await db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_%' ORDER BY table_name").ToListAsync(Token));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        var options = new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync("migrate") };
        await using var services = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();
        var migrator = services.GetRequiredService<IDatabaseMigrator>();
        await migrator.MigrateAsync(Token);

        await migrator.MigrateAsync(Token);

        await using var db = await services.GetRequiredService<IDbContextFactory<HealthFlowsDbContext>>().CreateDbContextAsync(Token);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
    }

    [Fact]
    public void Model_PostgreSqlMigrations_CoverTheCurrentModel()
    {
        using var db = DbContexts.Create(new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = server.ConnectionString("unused") });

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
