using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class RawMessageRecordConfiguration : IEntityTypeConfiguration<RawMessageRecord>
{
    public void Configure(EntityTypeBuilder<RawMessageRecord> builder)
    {
        builder.ToTable("RawMessages");
        builder.HasKey(m => m.Id).HasName("PK_RawMessages");

        builder.Property(m => m.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(m => m.InstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(m => m.Source).HasMaxLength(ColumnLengths.EnumName);
        builder.Property(m => m.Endpoint).HasMaxLength(ColumnLengths.Endpoint);
        builder.Property(m => m.ContentType).HasMaxLength(ColumnLengths.ContentType);

        // The encrypted body is unbounded binary.
        builder.Property(m => m.Body);

        // No foreign key: a message is kept for replay even when its instance is deleted or was never saved.
        builder.HasIndex(m => m.InstanceId).HasDatabaseName("IX_RawMessages_InstanceId");
        builder.HasIndex(m => m.ReceivedAt).HasDatabaseName("IX_RawMessages_ReceivedAt");
    }
}
