namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The body of <c>POST salesInvoices</c>: the header and its lines in one deep insert.</summary>
internal sealed record SalesInvoiceBody(
    string ExternalDocumentNumber,
    string CustomerNumber,
    DateOnly InvoiceDate,
    string? CustomerPurchaseOrderReference,
    IReadOnlyList<SalesInvoiceLineBody> SalesInvoiceLines);
