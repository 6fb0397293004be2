using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Items;

/// <summary>
/// An item as Business Central's API v2.0 shows it (the properties the sandbox keeps), plus the sandbox extensions
/// <c>reorderPoint</c>, <c>reorderQuantity</c> and <c>vendorNumber</c> (item card fields the standard API leaves out).
/// </summary>
internal sealed record ItemResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Number,
    string DisplayName,
    string Type,
    bool Blocked,
    string BaseUnitOfMeasureCode,
    decimal UnitCost,
    decimal Inventory,
    decimal ReorderPoint,
    decimal ReorderQuantity,
    string VendorNumber,
    DateTime LastModifiedDateTime)
{
    public static ItemResponse From(Item item) => new(
        OData.ETag.For(item.Id, item.LastModified), item.Id, item.Number, item.DisplayName, "Inventory", item.Blocked,
        item.BaseUnitOfMeasureCode, item.UnitCost, item.Inventory, item.ReorderPoint, item.ReorderQuantity, item.VendorNumber,
        item.LastModified.UtcDateTime);
}
