using HealthFlows.ErpSandbox.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Dimensions;

internal sealed class DimensionValueConfiguration : IEntityTypeConfiguration<DimensionValue>
{
    public void Configure(EntityTypeBuilder<DimensionValue> builder)
    {
        builder.ToTable("DimensionValues");
        builder.HasKey(value => value.Id);
        builder.Property(value => value.Code).HasMaxLength(20);
        builder.Property(value => value.DisplayName).HasMaxLength(50);
        builder.HasOne(value => value.Dimension).WithMany().HasForeignKey(value => value.DimensionId);
        builder.HasIndex(value => new { value.DimensionId, value.Code }).IsUnique().HasDatabaseName("IX_DimensionValues_Dimension_Code");
        builder.HasOne<Company>().WithMany().HasForeignKey(value => value.CompanyId);
        builder.HasIndex(value => value.CompanyId).HasDatabaseName("IX_DimensionValues_Company");
    }
}
