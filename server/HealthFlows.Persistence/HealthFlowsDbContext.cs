using HealthFlows.Persistence.Encryption;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HealthFlows.Persistence;

/// <summary>The HealthFlows schema: definitions, instances with their journal, incidents and bookmarks, API keys, users, cost center master data, dead letters, the audit trail, timer trigger state and raw messages; payload columns encrypted when a key ring is configured.</summary>
public sealed class HealthFlowsDbContext(DbContextOptions<HealthFlowsDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();

    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    public DbSet<JournalEntryRecord> JournalEntries => Set<JournalEntryRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<CostCenterRecord> CostCenters => Set<CostCenterRecord>();

    public DbSet<CostCenterMappingRecord> CostCenterMappings => Set<CostCenterMappingRecord>();

    public DbSet<DeadLetterRecord> DeadLetters => Set<DeadLetterRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();
    public DbSet<TimerTriggerRecord> TimerTriggers => Set<TimerTriggerRecord>();

    public DbSet<RawMessageRecord> RawMessages => Set<RawMessageRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthFlowsDbContext).Assembly);

        // Without a key ring (design time, the store contract tests) payloads are stored as they are.
        if (this.GetService<IDbContextOptions>().FindExtension<PayloadEncryptionExtension>()?.Protector is { } protector)
        {
            EncryptedColumns.Apply(modelBuilder, protector);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no DateTimeOffset type and EF cannot order or compare its text form; UTC ticks sort and compare natively.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
