using HealthFlows.ErpSandbox.SalesInvoices;

namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

/// <summary>
/// The body of <c>POST itemLedgerEntries</c>: an item taken out of stock (consumed) for a source document, booked to a
/// dimension value, e.g. <c>{ "code": "COSTCENTER", "valueCode": "ORTHO" }</c>.
/// </summary>
internal sealed record ItemConsumptionRequest(
    string? ExternalDocumentNumber,
    string? ItemNumber,
    decimal? Quantity,
    DateOnly? PostingDate,
    string? Description,
    IReadOnlyList<DimensionSetLineRequest?>? DimensionSetLines);
