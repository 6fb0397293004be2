namespace HealthFlows.Erp.Inventory;

/// <summary>A purchase order for one item, once per external document number; without a vendor, the item's own vendor.</summary>
public sealed record ErpReplenishment(
    string ExternalDocumentNumber,
    string ItemNumber,
    decimal Quantity,
    string? VendorNumber,
    DateOnly OrderDate);
