using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>
/// A purchase order as Business Central's API v2.0 shows it (the properties the sandbox keeps), plus the sandbox's
/// <c>externalDocumentNumber</c>; <c>purchaseOrderLines</c> only when expanded.
/// </summary>
internal sealed record PurchaseOrderResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Number,
    string ExternalDocumentNumber,
    DateOnly OrderDate,
    Guid VendorId,
    string VendorNumber,
    string VendorName,
    decimal TotalAmountExcludingTax,
    string Status,
    DateTime LastModifiedDateTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PurchaseOrderLineResponse>? PurchaseOrderLines)
{
    public static PurchaseOrderResponse From(PurchaseOrder order, bool withLines) => new(
        OData.ETag.For(order.Id, order.LastModified), order.Id, order.Number, order.ExternalDocumentNumber, order.OrderDate,
        order.VendorId, order.VendorNumber, order.VendorName, order.Lines.Sum(line => line.Quantity * line.DirectUnitCost), order.Status,
        order.LastModified.UtcDateTime,
        withLines ? [.. order.Lines.OrderBy(line => line.Sequence).Select(PurchaseOrderLineResponse.From)] : null);
}
