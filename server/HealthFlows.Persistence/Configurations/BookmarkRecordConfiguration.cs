using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id).HasName("PK_Bookmarks");

        builder.Property(b => b.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(b => b.InstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(b => b.NodeId).HasMaxLength(ColumnLengths.NodeId);
        builder.Property(b => b.ActivityType).HasMaxLength(ColumnLengths.ActivityType);
        builder.Property(b => b.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(b => b.ScopeId).HasMaxLength(ColumnLengths.Id);
        builder.Property(b => b.CorrelationKey).HasMaxLength(ColumnLengths.CorrelationId);

        // The payload is unbounded JSON text.
        builder.Property(b => b.Data);

        builder.HasIndex(b => b.ResumeAt).HasDatabaseName("IX_Bookmarks_ResumeAt");
        builder.HasIndex(b => new { b.Name, b.CorrelationKey }).HasDatabaseName("IX_Bookmarks_Name_CorrelationKey");
        builder.HasIndex(b => b.InstanceId).HasDatabaseName("IX_Bookmarks_InstanceId");

        builder.HasOne<WorkflowInstanceRecord>()
            .WithMany()
            .HasForeignKey(b => b.InstanceId)
            .HasConstraintName("FK_Bookmarks_WorkflowInstances_InstanceId")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
