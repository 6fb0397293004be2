using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary><c>salesInvoices({id})/salesInvoiceLines</c> and their <c>dimensionSetLines</c>.</summary>
internal static class SalesInvoiceLinesApi
{
    private const string Lines = "salesInvoices({invoiceId:guid})/salesInvoiceLines";
    private const string LineDimensions = Lines + "({lineId:guid})/dimensionSetLines";

    public static IEndpointRouteBuilder MapSalesInvoiceLinesApi(this IEndpointRouteBuilder company)
    {
        company.MapGet(Lines, ListLines)
            .WithName("ErpSandboxListSalesInvoiceLines")
            .WithSummary("Lists an invoice's lines; supports $expand=dimensionSetLines.");
        company.MapPost(Lines, AddLine)
            .WithName("ErpSandboxCreateSalesInvoiceLine")
            .WithSummary("Adds a line (with nested dimensionSetLines if given) to a draft invoice.");
        company.MapGet(LineDimensions, ListLineDimensions)
            .WithName("ErpSandboxListSalesInvoiceLineDimensions")
            .WithSummary("Lists the dimensions set on an invoice line.");
        company.MapPost(LineDimensions, AddLineDimension)
            .WithName("ErpSandboxCreateSalesInvoiceLineDimension")
            .WithSummary("Sets a dimension (such as COSTCENTER) on a draft invoice's line.");
        return company;
    }

    private static async Task<IResult> ListLines(
        Guid companyId, Guid invoiceId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var expansion = InvoiceExpansionParser.ForLine(query.Expand);
        if (expansion.Error is not null)
            return expansion.Error.ToResult();
        var invoice = await db.SalesInvoices.AsNoTracking().WithLines()
            .SingleOrDefaultAsync(invoice => invoice.CompanyId == companyId && invoice.Id == invoiceId, cancellationToken);
        return invoice is null
            ? ErpError.NotFound().ToResult()
            : ErpResults.Collection(SalesInvoiceResponse.From(invoice, expansion.Value).SalesInvoiceLines!);
    }

    private static async Task<IResult> AddLine(
        Guid companyId, Guid invoiceId, HttpRequest request, SalesInvoiceLineService lines, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SalesInvoiceLineRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var line = await lines.AddLineAsync(companyId, invoiceId, body.Value!, cancellationToken);
        return line.Error is not null
            ? line.Error.ToResult()
            : ErpResults.Json(SalesInvoiceLineResponse.From(line.Value!, withDimensions: true), StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListLineDimensions(
        Guid companyId, Guid invoiceId, Guid lineId, ErpSandboxDbContext db, CancellationToken cancellationToken)
    {
        var invoice = await db.SalesInvoices.AsNoTracking().WithLines()
            .SingleOrDefaultAsync(invoice => invoice.CompanyId == companyId && invoice.Id == invoiceId, cancellationToken);
        var line = invoice?.Lines.SingleOrDefault(line => line.Id == lineId);
        return line is null
            ? ErpError.NotFound().ToResult()
            : ErpResults.Collection(line.Dimensions.Select(DimensionSetLineResponse.From));
    }

    private static async Task<IResult> AddLineDimension(
        Guid companyId, Guid invoiceId, Guid lineId, HttpRequest request, SalesInvoiceLineService lines, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DimensionSetLineRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var entry = await lines.AddDimensionAsync(companyId, invoiceId, lineId, body.Value!, cancellationToken);
        return entry.Error is not null
            ? entry.Error.ToResult()
            : ErpResults.Json(DimensionSetLineResponse.From(entry.Value!), StatusCodes.Status201Created);
    }
}
