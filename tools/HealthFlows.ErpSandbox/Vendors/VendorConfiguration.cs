using HealthFlows.ErpSandbox.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Vendors;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.ToTable("Vendors");
        builder.HasKey(vendor => vendor.Id);
        builder.Property(vendor => vendor.Number).HasMaxLength(20);
        builder.Property(vendor => vendor.DisplayName).HasMaxLength(100);
        builder.HasOne<Company>().WithMany().HasForeignKey(vendor => vendor.CompanyId);
        builder.HasIndex(vendor => new { vendor.CompanyId, vendor.Number }).IsUnique().HasDatabaseName("IX_Vendors_Company_Number");
    }
}
