namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Business Central's field lengths for the text a client sends; longer text is rejected, not cut.</summary>
internal static class SalesInvoiceLimits
{
    public const int ExternalDocumentNumber = 35;
    public const int CustomerPurchaseOrderReference = 35;
    public const int LineObjectNumber = 20;
    public const int Description = 100;
    public const int UnitOfMeasureCode = 10;
}
