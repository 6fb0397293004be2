namespace HealthFlows.Erp.Invoices;

/// <summary>
/// One charge: what, how many, at what price, booked to which cost center. A line without an item number (e.g. a CPT
/// code) books to the configured revenue account.
/// </summary>
public sealed record ErpInvoiceLine(string Description, string? ItemNumber, decimal Quantity, decimal UnitPrice, string CostCenter);
