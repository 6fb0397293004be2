namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>One line of a purchase order to create: an item (<c>lineType</c> Item) and how many; the cost defaults to the item's.</summary>
internal sealed record PurchaseOrderLineRequest(string? LineType, string? LineObjectNumber, decimal? Quantity, decimal? DirectUnitCost);
