using HealthFlows.ErpSandbox.Items;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.PurchaseOrders;

internal sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> builder)
    {
        builder.ToTable("PurchaseOrderLines");
        builder.HasKey(line => line.Id);
        builder.Property(line => line.LineObjectNumber).HasMaxLength(ItemLimits.Number);
        builder.Property(line => line.Description).HasMaxLength(ItemLimits.Description);
        builder.Property(line => line.UnitOfMeasureCode).HasMaxLength(ItemLimits.UnitOfMeasureCode);
        builder.Property(line => line.Quantity).HasPrecision(38, 20);
        builder.Property(line => line.DirectUnitCost).HasPrecision(38, 20);
        builder.HasOne<Item>().WithMany().HasForeignKey(line => line.ItemId);
        builder.HasIndex(line => new { line.PurchaseOrderId, line.Sequence }).IsUnique().HasDatabaseName("IX_PurchaseOrderLines_Order_Sequence");
    }
}
