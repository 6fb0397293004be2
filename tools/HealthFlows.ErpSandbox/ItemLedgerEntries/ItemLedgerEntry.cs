namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

/// <summary>One movement of an item's stock; consumption is a negative adjustment with a negative quantity.</summary>
internal sealed class ItemLedgerEntry
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public int EntryNumber { get; set; }
    public Guid ItemId { get; set; }
    public required string ItemNumber { get; set; }
    public required string EntryType { get; set; }
    public required string DocumentNumber { get; set; }
    public required string ExternalDocumentNumber { get; set; }
    public required string Description { get; set; }
    public DateOnly PostingDate { get; set; }
    public decimal Quantity { get; set; }

    /// <summary>The dimension the movement is booked to (code and value), e.g. COSTCENTER ORTHO.</summary>
    public required string DimensionCode { get; set; }

    public required string DimensionValueCode { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
