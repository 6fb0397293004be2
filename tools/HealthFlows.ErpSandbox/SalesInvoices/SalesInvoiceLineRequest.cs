namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The body of <c>POST salesInvoiceLines</c>, or one line of a deep insert, with its dimensions nested.</summary>
internal sealed record SalesInvoiceLineRequest(
    int? Sequence,
    string? LineType,
    string? LineObjectNumber,
    string? Description,
    string? UnitOfMeasureCode,
    decimal? Quantity,
    decimal? UnitPrice,
    IReadOnlyList<DimensionSetLineRequest?>? DimensionSetLines);
