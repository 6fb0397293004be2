using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class CostCenterMappingRecordConfiguration : IEntityTypeConfiguration<CostCenterMappingRecord>
{
    public void Configure(EntityTypeBuilder<CostCenterMappingRecord> builder)
    {
        builder.ToTable("CostCenterMappings");
        builder.HasKey(m => new { m.Kind, m.SourceCode }).HasName("PK_CostCenterMappings");

        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(m => m.SourceCode).HasMaxLength(ColumnLengths.SourceCode);
        builder.Property(m => m.CostCenterCode).HasMaxLength(ColumnLengths.CostCenterCode);
        builder.Property(m => m.Revision).IsConcurrencyToken();

        // A cost center cannot be deleted while a mapping books to it.
        builder.HasOne(m => m.CostCenter)
            .WithMany()
            .HasForeignKey(m => m.CostCenterCode)
            .HasConstraintName("FK_CostCenterMappings_CostCenters_CostCenterCode")
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => m.CostCenterCode).HasDatabaseName("IX_CostCenterMappings_CostCenterCode");
    }
}
