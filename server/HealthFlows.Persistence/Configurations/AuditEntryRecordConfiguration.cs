using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Sequence).HasName("PK_AuditEntries");
        builder.Property(e => e.Sequence).ValueGeneratedNever();

        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(e => e.ActorId).HasMaxLength(ColumnLengths.AuditActorId);
        builder.Property(e => e.ActorName).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.Action).HasMaxLength(ColumnLengths.AuditAction);
        builder.Property(e => e.TargetType).HasMaxLength(ColumnLengths.AuditAction);
        builder.Property(e => e.TargetId).HasMaxLength(ColumnLengths.AuditTargetId);
        builder.Property(e => e.RemoteAddress).HasMaxLength(ColumnLengths.RemoteAddress);
        builder.Property(e => e.PreviousHash).HasMaxLength(ColumnLengths.KeyHash);
        builder.Property(e => e.Hash).HasMaxLength(ColumnLengths.KeyHash);

        // Unbounded text, never a JSON column type: the text is hashed, so the database must keep it byte for byte.
        builder.Property(e => e.Summary);

        builder.HasIndex(e => e.OccurredAt).HasDatabaseName("IX_AuditEntries_OccurredAt");
        builder.HasIndex(e => new { e.Action, e.OccurredAt }).HasDatabaseName("IX_AuditEntries_Action_OccurredAt");
        builder.HasIndex(e => new { e.TargetType, e.TargetId }).HasDatabaseName("IX_AuditEntries_TargetType_TargetId");
        builder.HasIndex(e => e.ActorId).HasDatabaseName("IX_AuditEntries_ActorId");
    }
}
