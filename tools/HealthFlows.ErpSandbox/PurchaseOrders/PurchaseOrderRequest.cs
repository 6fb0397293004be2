namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>The body of <c>POST purchaseOrders</c>, lines included (deep insert). A missing vendor is the first item's vendor.</summary>
internal sealed record PurchaseOrderRequest(
    string? ExternalDocumentNumber,
    string? VendorNumber,
    DateOnly? OrderDate,
    IReadOnlyList<PurchaseOrderLineRequest?>? PurchaseOrderLines);
