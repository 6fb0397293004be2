namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>A purchase order line as Business Central's API v2.0 shows it (the properties the sandbox keeps).</summary>
internal sealed record PurchaseOrderLineResponse(
    Guid Id, Guid DocumentId, int Sequence, Guid ItemId, string LineType, string LineObjectNumber, string Description,
    string UnitOfMeasureCode, decimal Quantity, decimal DirectUnitCost, decimal AmountExcludingTax)
{
    public static PurchaseOrderLineResponse From(PurchaseOrderLine line) => new(
        line.Id, line.PurchaseOrderId, line.Sequence, line.ItemId, "Item", line.LineObjectNumber, line.Description,
        line.UnitOfMeasureCode, line.Quantity, line.DirectUnitCost, line.Quantity * line.DirectUnitCost);
}
