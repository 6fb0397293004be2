namespace HealthFlows.Erp.Inventory;

/// <summary>An inventory item as the ERP holds it: stock on hand, the reorder point and quantity, and its vendor.</summary>
public sealed record ErpItem(
    string Number,
    string DisplayName,
    decimal Inventory,
    decimal ReorderPoint,
    decimal ReorderQuantity,
    string VendorNumber,
    bool Blocked)
{
    /// <summary>Whether the stock has fallen to or below the reorder point (an item with no reorder point is never reordered).</summary>
    public bool NeedsReplenishment => ReorderQuantity > 0 && Inventory <= ReorderPoint;
}
