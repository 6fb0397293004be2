using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>A sales invoice line as Business Central's API v2.0 shows it; <c>dimensionSetLines</c> only when expanded.</summary>
internal sealed record SalesInvoiceLineResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    Guid DocumentId,
    int Sequence,
    Guid ItemId,
    Guid AccountId,
    string LineType,
    string LineObjectNumber,
    string Description,
    string UnitOfMeasureCode,
    decimal UnitPrice,
    decimal Quantity,
    decimal DiscountAmount,
    decimal DiscountPercent,
    decimal AmountExcludingTax,
    string TaxCode,
    decimal TaxPercent,
    decimal TotalTaxAmount,
    decimal AmountIncludingTax,
    decimal NetAmount,
    decimal NetTaxAmount,
    decimal NetAmountIncludingTax,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DimensionSetLineResponse>? DimensionSetLines)
{
    public static SalesInvoiceLineResponse From(SalesInvoiceLine line, bool withDimensions) => new(
        OData.ETag.For(line.Id, line.LastModified), line.Id, line.InvoiceId, line.Sequence, Guid.Empty, Guid.Empty,
        line.LineType, line.LineObjectNumber, line.Description, line.UnitOfMeasureCode, line.UnitPrice, line.Quantity,
        0m, 0m, line.Amount, "", 0m, 0m, line.Amount, line.Amount, 0m, line.Amount,
        withDimensions ? [.. line.Dimensions.Select(DimensionSetLineResponse.From)] : null);
}
