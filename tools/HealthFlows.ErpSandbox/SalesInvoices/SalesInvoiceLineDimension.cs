using HealthFlows.ErpSandbox.Dimensions;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>A dimension value set on an invoice line (Business Central's dimension set entry).</summary>
internal sealed class SalesInvoiceLineDimension
{
    public Guid Id { get; set; }
    public Guid LineId { get; set; }
    public Guid DimensionValueId { get; set; }
    public DimensionValue DimensionValue { get; set; } = null!;
    public DateTimeOffset LastModified { get; set; }
}
