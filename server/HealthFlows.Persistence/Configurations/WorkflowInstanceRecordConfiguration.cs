using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id).HasName("PK_WorkflowInstances");

        builder.Property(i => i.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(ColumnLengths.DefinitionId);
        builder.Property(i => i.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(i => i.SubStatus).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(i => i.CorrelationId).HasMaxLength(ColumnLengths.CorrelationId);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Property(i => i.LeaseOwner).HasMaxLength(ColumnLengths.ClusterNodeId);

        // Input, output and execution state are unbounded JSON text.
        builder.Property(i => i.Input);
        builder.Property(i => i.Output);
        builder.Property(i => i.State);

        builder.HasIndex(i => new { i.DefinitionId, i.Version }).HasDatabaseName("IX_WorkflowInstances_DefinitionId_Version");
        builder.HasIndex(i => i.Status).HasDatabaseName("IX_WorkflowInstances_Status");
        builder.HasIndex(i => i.CorrelationId).HasDatabaseName("IX_WorkflowInstances_CorrelationId");
        builder.HasIndex(i => i.CreatedAt).HasDatabaseName("IX_WorkflowInstances_CreatedAt");

        // The lease sweep looks for Running instances whose lease has lapsed.
        builder.HasIndex(i => new { i.Status, i.LeaseExpiresAt }).HasDatabaseName("IX_WorkflowInstances_Status_LeaseExpiresAt");
    }
}
