using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.SalesInvoices;

internal sealed class SalesInvoiceLineConfiguration : IEntityTypeConfiguration<SalesInvoiceLine>
{
    public void Configure(EntityTypeBuilder<SalesInvoiceLine> builder)
    {
        builder.ToTable("SalesInvoiceLines");
        builder.HasKey(line => line.Id);
        builder.Property(line => line.LineType).HasMaxLength(20);
        builder.Property(line => line.LineObjectNumber).HasMaxLength(SalesInvoiceLimits.LineObjectNumber);
        builder.Property(line => line.Description).HasMaxLength(SalesInvoiceLimits.Description);
        builder.Property(line => line.UnitOfMeasureCode).HasMaxLength(SalesInvoiceLimits.UnitOfMeasureCode);
        builder.Property(line => line.Quantity).HasPrecision(38, 20);
        builder.Property(line => line.UnitPrice).HasPrecision(38, 20);
        builder.Ignore(line => line.Amount);
        builder.HasMany(line => line.Dimensions).WithOne().HasForeignKey(dimension => dimension.LineId);
        builder.HasIndex(line => new { line.InvoiceId, line.Sequence }).IsUnique().HasDatabaseName("IX_SalesInvoiceLines_Invoice_Sequence");
    }
}
