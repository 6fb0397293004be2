namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Business Central's field lengths and ranges for what a client sends; anything beyond is rejected, not cut.</summary>
internal static class SalesInvoiceLimits
{
    public const int ExternalDocumentNumber = 35;
    public const int CustomerPurchaseOrderReference = 35;
    public const int LineObjectNumber = 20;
    public const int Description = 100;
    public const int UnitOfMeasureCode = 10;

    /// <summary>The largest quantity or unit price accepted, so that no amount or total can overflow.</summary>
    public const decimal Magnitude = 1_000_000_000_000m;

    /// <summary>Business Central's date range, less a month so that a due date 30 days on still fits.</summary>
    public static readonly DateOnly FirstDate = new(1753, 1, 1);

    public static readonly DateOnly LastDate = new(9998, 12, 1);
}
