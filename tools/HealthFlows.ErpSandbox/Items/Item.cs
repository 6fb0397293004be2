namespace HealthFlows.ErpSandbox.Items;

/// <summary>An inventory item, such as an implant or a surgical supply, with its stock on hand and reordering policy.</summary>
internal sealed class Item
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Number { get; set; }
    public required string DisplayName { get; set; }
    public required string BaseUnitOfMeasureCode { get; set; }
    public decimal UnitCost { get; set; }

    /// <summary>Stock on hand: the seeded opening stock plus the quantities of the item's ledger entries.</summary>
    public decimal Inventory { get; set; }

    /// <summary>Business Central's "Reorder Point": stock at or below which the item is to be ordered again.</summary>
    public decimal ReorderPoint { get; set; }

    /// <summary>Business Central's "Reorder Quantity": how many to order when it is.</summary>
    public decimal ReorderQuantity { get; set; }

    /// <summary>The vendor the item is bought from.</summary>
    public required string VendorNumber { get; set; }

    public bool Blocked { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
