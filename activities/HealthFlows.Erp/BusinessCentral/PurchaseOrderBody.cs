namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The body of <c>POST purchaseOrders</c>: the header and its lines in one deep insert.</summary>
internal sealed record PurchaseOrderBody(
    string ExternalDocumentNumber,
    string? VendorNumber,
    DateOnly OrderDate,
    IReadOnlyList<PurchaseOrderLineBody> PurchaseOrderLines);
