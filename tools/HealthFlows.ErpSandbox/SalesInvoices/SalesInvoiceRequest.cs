namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The body of <c>POST salesInvoices</c>: the fields the sandbox reads (others are ignored), with lines for a deep insert.</summary>
internal sealed record SalesInvoiceRequest(
    string? ExternalDocumentNumber,
    Guid? CustomerId,
    string? CustomerNumber,
    DateOnly? InvoiceDate,
    DateOnly? PostingDate,
    DateOnly? DueDate,
    string? CustomerPurchaseOrderReference,
    IReadOnlyList<SalesInvoiceLineRequest?>? SalesInvoiceLines);
