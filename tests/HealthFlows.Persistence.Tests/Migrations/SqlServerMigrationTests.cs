using HealthFlows.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthFlows.Persistence.Tests.Migrations;

/// <summary>No SQL Server runs here: its migrations are checked by the script they produce and against the model.</summary>
public sealed class SqlServerMigrationTests : IDisposable
{
    private readonly HealthFlowsDbContext db = DbContexts.Create(new PersistenceOptions
    {
        Provider = DatabaseProvider.SqlServer,
        ConnectionString = "Server=127.0.0.1;Database=HealthFlows;User Id=sa;Password=unused;TrustServerCertificate=true",
    });

    [Fact]
    public void GenerateScript_WithoutAServer_CreatesEveryTableKeyAndIndexOfTheModel()
    {
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var entities = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();

        // Read from the model, so a table added later is covered without touching this test.
        Assert.True(entities.Count >= 11, $"The model has only {entities.Count} tables.");
        foreach (var entity in entities)
        {
            Assert.Contains($"CREATE TABLE [{entity.GetTableName()}]", script, StringComparison.Ordinal);
            Assert.Contains($"CONSTRAINT [{entity.FindPrimaryKey()!.GetName()}] PRIMARY KEY", script, StringComparison.Ordinal);
            foreach (var index in entity.GetIndexes())
            {
                Assert.Contains($"[{index.GetDatabaseName()}]", script, StringComparison.Ordinal);
            }
        }

        Assert.Contains("CONSTRAINT [PK_JournalEntries] PRIMARY KEY ([InstanceId], [Sequence])", script, StringComparison.Ordinal);
        Assert.Contains("[CreatedAt] datetimeoffset NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("ON DELETE CASCADE", script, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerateScript_Idempotent_GuardsEveryMigrationByTheHistoryTable()
    {
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
        foreach (var migration in migrations)
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
            Assert.Contains($"VALUES (N'{migration}'", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Model_SqlServerMigrations_CoverTheCurrentModel()
    {
        Assert.False(db.Database.HasPendingModelChanges());
    }

    public void Dispose() => db.Dispose();
}
