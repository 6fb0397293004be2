using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class WorkflowDefinitionRecordConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.HasKey(d => new { d.DefinitionId, d.Version }).HasName("PK_WorkflowDefinitions");

        builder.Property(d => d.DefinitionId).HasMaxLength(ColumnLengths.DefinitionId);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Description).HasMaxLength(ColumnLengths.Description);
        builder.Property(d => d.VersionNote).HasMaxLength(ColumnLengths.VersionNote);

        // The workflow document is unbounded JSON text.
        builder.Property(d => d.Document);

        builder.HasIndex(d => new { d.DefinitionId, d.State }).HasDatabaseName("IX_WorkflowDefinitions_DefinitionId_State");
        builder.HasIndex(d => d.UpdatedAt).HasDatabaseName("IX_WorkflowDefinitions_UpdatedAt");
    }
}
