using HealthFlows.ErpSandbox.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Items;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("Items");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Number).HasMaxLength(ItemLimits.Number);
        builder.Property(item => item.DisplayName).HasMaxLength(ItemLimits.DisplayName);
        builder.Property(item => item.BaseUnitOfMeasureCode).HasMaxLength(ItemLimits.UnitOfMeasureCode);
        builder.Property(item => item.VendorNumber).HasMaxLength(20);
        builder.Property(item => item.UnitCost).HasPrecision(38, 20);
        builder.Property(item => item.Inventory).HasPrecision(38, 20);
        builder.Property(item => item.ReorderPoint).HasPrecision(38, 20);
        builder.Property(item => item.ReorderQuantity).HasPrecision(38, 20);
        builder.HasOne<Company>().WithMany().HasForeignKey(item => item.CompanyId);
        builder.HasIndex(item => new { item.CompanyId, item.Number }).IsUnique().HasDatabaseName("IX_Items_Company_Number");
    }
}
