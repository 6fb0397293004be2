namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The body of <c>POST itemLedgerEntries</c> (the sandbox's one-call consumption), booked to one dimension value.</summary>
internal sealed record ItemConsumptionBody(
    string ExternalDocumentNumber,
    string ItemNumber,
    decimal Quantity,
    DateOnly PostingDate,
    string? Description,
    IReadOnlyList<DimensionSetLineBody> DimensionSetLines);
