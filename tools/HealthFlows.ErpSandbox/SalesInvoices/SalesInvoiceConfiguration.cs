using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Customers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.SalesInvoices;

internal sealed class SalesInvoiceConfiguration : IEntityTypeConfiguration<SalesInvoice>
{
    public void Configure(EntityTypeBuilder<SalesInvoice> builder)
    {
        builder.ToTable("SalesInvoices");
        builder.HasKey(invoice => invoice.Id);
        builder.Property(invoice => invoice.Number).HasMaxLength(20);
        builder.Property(invoice => invoice.ExternalDocumentNumber).HasMaxLength(SalesInvoiceLimits.ExternalDocumentNumber);
        builder.Property(invoice => invoice.CustomerPurchaseOrderReference).HasMaxLength(SalesInvoiceLimits.CustomerPurchaseOrderReference);
        builder.Property(invoice => invoice.CustomerNumber).HasMaxLength(20);
        builder.Property(invoice => invoice.CustomerName).HasMaxLength(100);
        builder.Property(invoice => invoice.CurrencyCode).HasMaxLength(10);
        builder.Property(invoice => invoice.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Company>().WithMany().HasForeignKey(invoice => invoice.CompanyId);
        builder.HasOne<Customer>().WithMany().HasForeignKey(invoice => invoice.CustomerId);
        builder.HasMany(invoice => invoice.Lines).WithOne().HasForeignKey(line => line.InvoiceId);
        builder.HasIndex(invoice => new { invoice.CompanyId, invoice.Number }).IsUnique().HasDatabaseName("IX_SalesInvoices_Company_Number");
        // The schema itself guarantees one invoice per external document number, whoever writes to the file.
        builder.HasIndex(invoice => new { invoice.CompanyId, invoice.ExternalDocumentNumber }).IsUnique()
            .HasFilter("\"ExternalDocumentNumber\" <> ''").HasDatabaseName("IX_SalesInvoices_Company_ExternalDocumentNumber");
    }
}
