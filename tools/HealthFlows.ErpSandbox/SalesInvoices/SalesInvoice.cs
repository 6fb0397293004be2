namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>A sales invoice to a customer; a draft until posted.</summary>
internal sealed class SalesInvoice
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Number { get; set; }
    public required string ExternalDocumentNumber { get; set; }
    public required string CustomerPurchaseOrderReference { get; set; }
    public Guid CustomerId { get; set; }
    public required string CustomerNumber { get; set; }
    public required string CustomerName { get; set; }
    public DateOnly InvoiceDate { get; set; }
    public DateOnly PostingDate { get; set; }
    public DateOnly DueDate { get; set; }
    public required string CurrencyCode { get; set; }
    public InvoiceStatus Status { get; set; }
    public DateTimeOffset LastModified { get; set; }
    public List<SalesInvoiceLine> Lines { get; set; } = [];
}
