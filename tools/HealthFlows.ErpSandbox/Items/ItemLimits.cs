namespace HealthFlows.ErpSandbox.Items;

/// <summary>Business Central's field lengths for items and the documents that move them.</summary>
internal static class ItemLimits
{
    public const int Number = 20;
    public const int DisplayName = 100;
    public const int UnitOfMeasureCode = 10;
    public const int ExternalDocumentNumber = 35;
    public const int Description = 100;

    /// <summary>The largest quantity accepted, so that no stock figure can overflow.</summary>
    public const decimal Magnitude = 1_000_000_000m;
}
