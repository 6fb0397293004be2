namespace HealthFlows.Erp.Invoices;

/// <summary>An invoice the ERP holds: its id, its number (a draft or posted number) and its status (Draft, Open, Paid, ...).</summary>
public sealed record ErpInvoiceReference(Guid Id, string Number, string ExternalDocumentNumber, string Status);
