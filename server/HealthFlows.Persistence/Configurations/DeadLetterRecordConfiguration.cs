using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class DeadLetterRecordConfiguration : IEntityTypeConfiguration<DeadLetterRecord>
{
    public void Configure(EntityTypeBuilder<DeadLetterRecord> builder)
    {
        builder.ToTable("DeadLetters");
        builder.HasKey(d => d.Id).HasName("PK_DeadLetters");

        builder.Property(d => d.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(d => d.InstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(d => d.DefinitionId).HasMaxLength(ColumnLengths.DefinitionId);
        builder.Property(d => d.NodeId).HasMaxLength(ColumnLengths.NodeId);
        builder.Property(d => d.RetriedNodeId).HasMaxLength(ColumnLengths.NodeId);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);

        // Payload and error history are unbounded JSON text.
        builder.Property(d => d.Payload);
        builder.Property(d => d.Errors);

        // No foreign key to the instance: a dead letter is written during the burst, before a new instance's first commit.
        builder.HasIndex(d => new { d.Status, d.CreatedAt }).HasDatabaseName("IX_DeadLetters_Status_CreatedAt");
        builder.HasIndex(d => new { d.DefinitionId, d.Status }).HasDatabaseName("IX_DeadLetters_DefinitionId_Status");
        builder.HasIndex(d => d.InstanceId).HasDatabaseName("IX_DeadLetters_InstanceId");
    }
}
