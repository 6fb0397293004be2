namespace HealthFlows.Erp.Invoices;

/// <summary>
/// A sales invoice to post: who pays, which source document it comes from (the external document number, e.g. an HL7
/// control id, of which the ERP is to hold one invoice at most), the encounter it bills, and its charge lines.
/// </summary>
public sealed record ErpInvoice(
    string CustomerNumber,
    string ExternalDocumentNumber,
    DateOnly InvoiceDate,
    string? EncounterReference,
    IReadOnlyList<ErpInvoiceLine> Lines);
