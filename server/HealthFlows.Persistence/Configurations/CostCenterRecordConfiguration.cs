using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class CostCenterRecordConfiguration : IEntityTypeConfiguration<CostCenterRecord>
{
    public void Configure(EntityTypeBuilder<CostCenterRecord> builder)
    {
        builder.ToTable("CostCenters");
        builder.HasKey(c => c.Code).HasName("PK_CostCenters");

        builder.Property(c => c.Code).HasMaxLength(ColumnLengths.CostCenterCode);
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.CostCenterName);
        builder.Property(c => c.ErpId).HasMaxLength(ColumnLengths.ErpId);
        builder.Property(c => c.Revision).IsConcurrencyToken();
    }
}
