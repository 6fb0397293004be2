using HealthFlows.ErpSandbox.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Dimensions;

internal sealed class DimensionConfiguration : IEntityTypeConfiguration<Dimension>
{
    public void Configure(EntityTypeBuilder<Dimension> builder)
    {
        builder.ToTable("Dimensions");
        builder.HasKey(dimension => dimension.Id);
        builder.Property(dimension => dimension.Code).HasMaxLength(20);
        builder.Property(dimension => dimension.DisplayName).HasMaxLength(30);
        builder.HasOne<Company>().WithMany().HasForeignKey(dimension => dimension.CompanyId);
        builder.HasIndex(dimension => new { dimension.CompanyId, dimension.Code }).IsUnique().HasDatabaseName("IX_Dimensions_Company_Code");
    }
}
