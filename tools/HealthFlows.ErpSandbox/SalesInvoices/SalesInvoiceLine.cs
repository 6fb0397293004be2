namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>One line of a sales invoice, such as one charge, with the dimensions (department, cost center) it is booked to.</summary>
internal sealed class SalesInvoiceLine
{
    public Guid Id { get; set; }
    public Guid InvoiceId { get; set; }
    public int Sequence { get; set; }
    public required string LineType { get; set; }
    public required string LineObjectNumber { get; set; }
    public required string Description { get; set; }
    public required string UnitOfMeasureCode { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public DateTimeOffset LastModified { get; set; }
    public List<SalesInvoiceLineDimension> Dimensions { get; set; } = [];

    /// <summary>Quantity times unit price, rounded to cents; the sandbox has no discounts and no tax.</summary>
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
