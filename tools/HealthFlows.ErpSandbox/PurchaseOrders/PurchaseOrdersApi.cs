using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary><c>companies({id})/purchaseOrders</c>: list and create (with lines) purchase orders.</summary>
internal static class PurchaseOrdersApi
{
    private const string LinesExpansion = "purchaseOrderLines";

    private static readonly FilterMap<PurchaseOrder> Filters = new FilterMap<PurchaseOrder>("purchaseOrder")
        .Add("id", order => order.Id)
        .Add("number", order => order.Number)
        .Add("externalDocumentNumber", order => order.ExternalDocumentNumber)
        .Add("vendorNumber", order => order.VendorNumber)
        .Add("status", order => order.Status);

    public static IEndpointRouteBuilder MapPurchaseOrdersApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("purchaseOrders", ListOrders)
            .WithName("ErpSandboxListPurchaseOrders")
            .WithSummary("Lists purchase orders; supports $filter (externalDocumentNumber, number, vendorNumber, status) and $expand=purchaseOrderLines.");
        company.MapPost("purchaseOrders", CreateOrder)
            .WithName("ErpSandboxCreatePurchaseOrder")
            .WithSummary("Creates a draft purchase order with its lines; a known externalDocumentNumber answers the existing order.");
        return company;
    }

    private static async Task<IResult> ListOrders(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        if (Expansion(query.Expand) is not { } withLines)
            return UnsupportedExpansion(query.Expand);
        var filtered = Filters.Apply(db.PurchaseOrders.AsNoTracking().Include(order => order.Lines).Where(order => order.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var orders = await filtered.Value!.OrderBy(order => order.Number).ToListAsync(cancellationToken);
        return ErpResults.Collection(orders.Select(order => PurchaseOrderResponse.From(order, withLines)));
    }

    private static async Task<IResult> CreateOrder(
        Guid companyId, HttpRequest request, PurchaseOrderService orders, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        if (Expansion(query.Expand) is not { } withLines)
            return UnsupportedExpansion(query.Expand);
        var body = await JsonBody.ReadAsync<PurchaseOrderRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var outcome = await orders.CreateAsync(companyId, body.Value!, cancellationToken);
        if (outcome.Error is not null)
            return outcome.Error.ToResult();
        var (order, created) = outcome.Value;
        return ErpResults.Json(PurchaseOrderResponse.From(order, withLines), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static bool? Expansion(string? expand) =>
        string.IsNullOrWhiteSpace(expand) ? false : expand.Trim() == LinesExpansion ? true : null;

    private static IResult UnsupportedExpansion(string? expand) =>
        ErpError.BadRequest($"$expand '{expand}' is not supported here; only '{LinesExpansion}'.").ToResult();
}
