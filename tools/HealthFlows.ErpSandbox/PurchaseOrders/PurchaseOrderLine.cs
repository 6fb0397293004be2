namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>One item ordered.</summary>
internal sealed class PurchaseOrderLine
{
    public Guid Id { get; set; }
    public Guid PurchaseOrderId { get; set; }
    public int Sequence { get; set; }
    public Guid ItemId { get; set; }
    public required string LineObjectNumber { get; set; }
    public required string Description { get; set; }
    public required string UnitOfMeasureCode { get; set; }
    public decimal Quantity { get; set; }
    public decimal DirectUnitCost { get; set; }
}
