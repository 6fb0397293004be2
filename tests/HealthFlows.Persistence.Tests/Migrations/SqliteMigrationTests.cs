using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Stores;
using HealthFlows.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Persistence.Tests.Migrations;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDirectory directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_MissingDataDirectory_CreatesHealthflowsDbWithEveryMigration()
    {
        var options = new PersistenceOptions { DataDirectory = directory.Combine("data", "nested") };
        await using var services = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();

        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);

        Assert.True(File.Exists(directory.Combine("data", "nested", "healthflows.db")));
        await using var db = await services.GetRequiredService<IDbContextFactory<HealthFlowsDbContext>>().CreateDbContextAsync(Token);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Token));
        Assert.Equal(
            ["ApiKeys", "AuditEntries", "Bookmarks", "CostCenterMappings", "CostCenters", "DeadLetters", "Incidents", "JournalEntries", "RawMessages", "TimerTriggers", "Users", "WorkflowDefinitions", "WorkflowInstances"],
            await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name").ToListAsync(Token));
    }

    [Fact]
    public async Task MigrateAsync_SecondStart_AppliesNothingAndKeepsData()
    {
        var options = new PersistenceOptions { DataDirectory = directory.Path };
        await using (var first = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider())
        {
            await first.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);
            await first.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(
                [TestData.DefinitionVersion("kept", 1, VersionState.Draft, TestData.Epoch)], Token);
        }

        await using var second = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();
        await second.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);

        Assert.NotNull(await second.GetRequiredService<IWorkflowDefinitionStore>().GetVersionAsync("kept", 1, Token));
    }

    [Fact]
    public async Task OpenedConnection_SqliteFile_UsesWalNormalSyncAndABusyTimeout()
    {
        var options = new PersistenceOptions { DataDirectory = directory.Path, SqliteBusyTimeout = TimeSpan.FromSeconds(7) };
        await using var services = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);
        await using var db = await services.GetRequiredService<IDbContextFactory<HealthFlowsDbContext>>().CreateDbContextAsync(Token);

        await db.Database.OpenConnectionAsync(Token);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal("1", await Pragma(connection, "synchronous"));
        Assert.Equal("7000", await Pragma(connection, "busy_timeout"));
        Assert.Equal("1", await Pragma(connection, "foreign_keys"));
    }

    [Fact]
    public void Model_SqliteMigrations_CoverTheCurrentModel()
    {
        using var db = DbContexts.Create(new PersistenceOptions { DataDirectory = directory.Path });

        Assert.False(db.Database.HasPendingModelChanges());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private static async Task<string?> Pragma(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture);
    }
}
