using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.Vendors;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.PurchaseOrders;

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> builder)
    {
        builder.ToTable("PurchaseOrders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Number).HasMaxLength(20);
        builder.Property(order => order.ExternalDocumentNumber).HasMaxLength(ItemLimits.ExternalDocumentNumber);
        builder.Property(order => order.VendorNumber).HasMaxLength(20);
        builder.Property(order => order.VendorName).HasMaxLength(100);
        builder.Property(order => order.Status).HasMaxLength(20);
        builder.HasOne<Company>().WithMany().HasForeignKey(order => order.CompanyId);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(order => order.VendorId);
        builder.HasMany(order => order.Lines).WithOne().HasForeignKey(line => line.PurchaseOrderId);
        builder.HasIndex(order => new { order.CompanyId, order.Number }).IsUnique().HasDatabaseName("IX_PurchaseOrders_Company_Number");
        builder.HasIndex(order => new { order.CompanyId, order.ExternalDocumentNumber }).IsUnique()
            .HasFilter("\"ExternalDocumentNumber\" <> ''").HasDatabaseName("IX_PurchaseOrders_Company_ExternalDocumentNumber");
    }
}
