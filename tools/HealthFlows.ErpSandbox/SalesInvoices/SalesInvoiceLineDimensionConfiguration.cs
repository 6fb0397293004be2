using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.SalesInvoices;

internal sealed class SalesInvoiceLineDimensionConfiguration : IEntityTypeConfiguration<SalesInvoiceLineDimension>
{
    public void Configure(EntityTypeBuilder<SalesInvoiceLineDimension> builder)
    {
        builder.ToTable("SalesInvoiceLineDimensions");
        builder.HasKey(dimension => dimension.Id);
        builder.HasOne(dimension => dimension.DimensionValue).WithMany().HasForeignKey(dimension => dimension.DimensionValueId);
        builder.HasIndex(dimension => new { dimension.LineId, dimension.DimensionValueId }).IsUnique()
            .HasDatabaseName("IX_SalesInvoiceLineDimensions_Line_Value");
    }
}
