namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The fields of an item the connector reads; the reorder fields and vendor are the sandbox's extensions (BC's item card).</summary>
internal sealed record ItemDocument(
    Guid Id, string? Number, string? DisplayName, decimal? Inventory, decimal? ReorderPoint, decimal? ReorderQuantity, string? VendorNumber, bool? Blocked);
