using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary><c>companies({id})/salesInvoices</c>: list, find by external document number, create (with lines), read and post invoices.</summary>
internal static class SalesInvoicesApi
{
    private static readonly FilterMap<SalesInvoice> Filters = new FilterMap<SalesInvoice>("salesInvoice")
        .Add("id", invoice => invoice.Id)
        .Add("number", invoice => invoice.Number)
        .Add("externalDocumentNumber", invoice => invoice.ExternalDocumentNumber)
        .Add("customerId", invoice => invoice.CustomerId)
        .Add("customerNumber", invoice => invoice.CustomerNumber)
        .Add("invoiceDate", invoice => invoice.InvoiceDate)
        .Add("status", invoice => invoice.Status);

    public static IEndpointRouteBuilder MapSalesInvoicesApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("salesInvoices", ListInvoices)
            .WithName("ErpSandboxListSalesInvoices")
            .WithSummary("Lists invoices; supports $filter (externalDocumentNumber, number, customerNumber, ...) and $expand=salesInvoiceLines.");
        company.MapPost("salesInvoices", CreateInvoice)
            .WithName("ErpSandboxCreateSalesInvoice")
            .WithSummary("Creates a draft invoice, with its lines if given (deep insert); a known externalDocumentNumber answers the existing invoice.");
        company.MapGet("salesInvoices({invoiceId:guid})", GetInvoice)
            .WithName("ErpSandboxGetSalesInvoice")
            .WithSummary("Gets one invoice; supports $expand=salesInvoiceLines.");
        company.MapPost("salesInvoices({invoiceId:guid})/Microsoft.NAV.post", PostInvoice)
            .WithName("ErpSandboxPostSalesInvoice")
            .WithSummary("Posts a draft invoice (bound action): it becomes Open with a posted-invoice number.");
        return company;
    }

    private static async Task<IResult> ListInvoices(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var expansion = InvoiceExpansionParser.ForInvoice(query.Expand);
        if (expansion.Error is not null)
            return expansion.Error.ToResult();
        var filtered = Filters.Apply(db.SalesInvoices.AsNoTracking().Where(invoice => invoice.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var invoices = await filtered.Value!.WithLines().OrderBy(invoice => invoice.Number).ToListAsync(cancellationToken);
        return ErpResults.Collection(invoices.Select(invoice => SalesInvoiceResponse.From(invoice, expansion.Value)));
    }

    private static async Task<IResult> CreateInvoice(
        Guid companyId, HttpRequest request, SalesInvoiceService invoices, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var expansion = InvoiceExpansionParser.ForInvoice(query.Expand);
        if (expansion.Error is not null)
            return expansion.Error.ToResult();
        var body = await JsonBody.ReadAsync<SalesInvoiceRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var outcome = await invoices.CreateAsync(companyId, body.Value!, cancellationToken);
        if (outcome.Error is not null)
            return outcome.Error.ToResult();
        var (invoice, created) = outcome.Value!;
        return ErpResults.Json(SalesInvoiceResponse.From(invoice, expansion.Value),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> GetInvoice(
        Guid companyId, Guid invoiceId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var expansion = InvoiceExpansionParser.ForInvoice(query.Expand);
        if (expansion.Error is not null)
            return expansion.Error.ToResult();
        var invoice = await SalesInvoiceQueries.ById(db, companyId, invoiceId, cancellationToken);
        return invoice is null ? ErpError.NotFound().ToResult() : ErpResults.Json(SalesInvoiceResponse.From(invoice, expansion.Value));
    }

    private static async Task<IResult> PostInvoice(
        Guid companyId, Guid invoiceId, SalesInvoiceService invoices, CancellationToken cancellationToken)
    {
        var error = await invoices.PostAsync(companyId, invoiceId, cancellationToken);
        return error is null ? TypedResults.NoContent() : error.ToResult();
    }
}
