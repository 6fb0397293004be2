using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class JournalEntryRecordConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> builder)
    {
        builder.ToTable("JournalEntries");

        // (InstanceId, Sequence) is unique and is how the journal is read, so it is the key: no surrogate id to generate.
        builder.HasKey(j => new { j.InstanceId, j.Sequence }).HasName("PK_JournalEntries");

        builder.Property(j => j.InstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(j => j.NodeId).HasMaxLength(ColumnLengths.NodeId);
        builder.Property(j => j.ActivityType).HasMaxLength(ColumnLengths.ActivityType);
        builder.Property(j => j.Event).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(j => j.Outcomes).HasMaxLength(ColumnLengths.Outcomes);
        // Unbounded: the message is cut to ColumnLengths.Message characters, then stored encrypted, which is longer (a Log
        // activity writes whatever a designer put in it, patient data included).
        builder.Property(j => j.Message);

        // Inputs and outputs are JSON text, capped in size by the executor.
        builder.Property(j => j.Inputs);
        builder.Property(j => j.Outputs);

        builder.HasOne<WorkflowInstanceRecord>()
            .WithMany()
            .HasForeignKey(j => j.InstanceId)
            .HasConstraintName("FK_JournalEntries_WorkflowInstances_InstanceId")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
