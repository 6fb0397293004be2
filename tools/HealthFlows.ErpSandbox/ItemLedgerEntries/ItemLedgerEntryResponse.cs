using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

/// <summary>
/// An item ledger entry as Business Central's API v2.0 shows it, plus the sandbox extensions
/// <c>externalDocumentNumber</c>, <c>dimensionCode</c> and <c>dimensionValueCode</c>.
/// </summary>
internal sealed record ItemLedgerEntryResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    int EntryNumber,
    Guid ItemId,
    string ItemNumber,
    DateOnly PostingDate,
    string EntryType,
    string DocumentNumber,
    string ExternalDocumentNumber,
    string Description,
    decimal Quantity,
    string DimensionCode,
    string DimensionValueCode,
    DateTime LastModifiedDateTime)
{
    public static ItemLedgerEntryResponse From(ItemLedgerEntry entry) => new(
        OData.ETag.For(entry.Id, entry.LastModified), entry.Id, entry.EntryNumber, entry.ItemId, entry.ItemNumber, entry.PostingDate,
        entry.EntryType, entry.DocumentNumber, entry.ExternalDocumentNumber, entry.Description, entry.Quantity,
        entry.DimensionCode, entry.DimensionValueCode, entry.LastModified.UtcDateTime);
}
