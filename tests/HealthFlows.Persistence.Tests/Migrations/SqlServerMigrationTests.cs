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
    public void GenerateScript_WithoutAServer_CreatesEveryTableKeyAndIndex()
    {
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "ApiKeys", "AuditEntries", "Bookmarks", "CostCenterMappings", "CostCenters", "DeadLetters", "Incidents", "JournalEntries", "RawMessages", "TimerTriggers", "Users", "WorkflowDefinitions", "WorkflowInstances" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        foreach (var index in new[] { "IX_WorkflowInstances_DefinitionId_Version", "IX_WorkflowInstances_Status", "IX_WorkflowInstances_CorrelationId", "IX_WorkflowInstances_CreatedAt", "IX_Bookmarks_ResumeAt", "IX_Bookmarks_Name_CorrelationKey", "IX_Bookmarks_InstanceId", "UX_ApiKeys_KeyHash", "UX_Users_NormalizedUserName", "IX_CostCenterMappings_CostCenterCode" })
        {
            Assert.Contains($"[{index}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("CONSTRAINT [PK_JournalEntries] PRIMARY KEY ([InstanceId], [Sequence])", script, StringComparison.Ordinal);
        Assert.Contains("[CreatedAt] datetimeoffset NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("ON DELETE CASCADE", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_SqlServerMigrations_CoverTheCurrentModel()
    {
        Assert.False(db.Database.HasPendingModelChanges());
    }

    public void Dispose() => db.Dispose();
}
