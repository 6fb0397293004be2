using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>A sales invoice as Business Central's API v2.0 shows it (without addresses); <c>salesInvoiceLines</c> only when expanded.</summary>
internal sealed record SalesInvoiceResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Number,
    string ExternalDocumentNumber,
    DateOnly InvoiceDate,
    DateOnly PostingDate,
    DateOnly DueDate,
    string CustomerPurchaseOrderReference,
    Guid CustomerId,
    string CustomerNumber,
    string CustomerName,
    string BillToName,
    Guid BillToCustomerId,
    string BillToCustomerNumber,
    Guid CurrencyId,
    string CurrencyCode,
    bool PricesIncludeTax,
    decimal RemainingAmount,
    decimal DiscountAmount,
    bool DiscountAppliedBeforeTax,
    decimal TotalAmountExcludingTax,
    decimal TotalTaxAmount,
    decimal TotalAmountIncludingTax,
    string Status,
    DateTime LastModifiedDateTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SalesInvoiceLineResponse>? SalesInvoiceLines)
{
    public static SalesInvoiceResponse From(SalesInvoice invoice, InvoiceExpansion expansion)
    {
        var total = invoice.Lines.Sum(line => line.Amount);
        var lines = expansion.HasFlag(InvoiceExpansion.Lines)
            ? invoice.Lines.OrderBy(line => line.Sequence)
                .Select(line => SalesInvoiceLineResponse.From(line, expansion.HasFlag(InvoiceExpansion.LineDimensions))).ToList()
            : null;
        return new SalesInvoiceResponse(
            OData.ETag.For(invoice.Id, invoice.LastModified), invoice.Id, invoice.Number, invoice.ExternalDocumentNumber,
            invoice.InvoiceDate, invoice.PostingDate, invoice.DueDate, invoice.CustomerPurchaseOrderReference,
            invoice.CustomerId, invoice.CustomerNumber, invoice.CustomerName,
            invoice.CustomerName, invoice.CustomerId, invoice.CustomerNumber,
            Guid.Empty, invoice.CurrencyCode, false, total, 0m, false, total, 0m, total,
            invoice.Status.ToString(), invoice.LastModified.UtcDateTime, lines);
    }
}
