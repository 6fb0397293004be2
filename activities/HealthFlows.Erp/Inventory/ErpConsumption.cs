namespace HealthFlows.Erp.Inventory;

/// <summary>
/// Items taken out of stock for a source document (e.g. an implant used in a procedure), booked to a cost center. The
/// external document number (e.g. the FHIR resource id) is what keeps the ERP from taking the items twice.
/// </summary>
public sealed record ErpConsumption(
    string ExternalDocumentNumber,
    string ItemNumber,
    decimal Quantity,
    string CostCenter,
    DateOnly PostingDate,
    string? Description);
