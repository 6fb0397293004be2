namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>An order to a vendor, e.g. to replenish an item whose stock fell to its reorder point. Stays a draft in the sandbox.</summary>
internal sealed class PurchaseOrder
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Number { get; set; }
    public required string ExternalDocumentNumber { get; set; }
    public Guid VendorId { get; set; }
    public required string VendorNumber { get; set; }
    public required string VendorName { get; set; }
    public DateOnly OrderDate { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset LastModified { get; set; }
    public List<PurchaseOrderLine> Lines { get; set; } = [];
}
