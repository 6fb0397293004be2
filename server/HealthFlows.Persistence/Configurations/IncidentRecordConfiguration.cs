using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id).HasName("PK_Incidents");

        builder.Property(i => i.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(i => i.InstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(i => i.NodeId).HasMaxLength(ColumnLengths.NodeId);
        builder.Property(i => i.ActivityType).HasMaxLength(ColumnLengths.ActivityType);
        builder.Property(i => i.ExceptionType).HasMaxLength(ColumnLengths.ExceptionType);
        // Unbounded: cut to ColumnLengths.Message characters, then stored encrypted (an exception may quote the values it failed on).
        builder.Property(i => i.Message);

        builder.HasIndex(i => new { i.InstanceId, i.Timestamp }).HasDatabaseName("IX_Incidents_InstanceId_Timestamp");

        builder.HasOne<WorkflowInstanceRecord>()
            .WithMany()
            .HasForeignKey(i => i.InstanceId)
            .HasConstraintName("FK_Incidents_WorkflowInstances_InstanceId")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
