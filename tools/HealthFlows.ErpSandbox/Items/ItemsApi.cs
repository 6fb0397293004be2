using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Items;

/// <summary><c>GET companies({id})/items</c>: the inventory items with their stock on hand.</summary>
internal static class ItemsApi
{
    private static readonly FilterMap<Item> Filters = new FilterMap<Item>("item")
        .Add("id", item => item.Id)
        .Add("number", item => item.Number)
        .Add("displayName", item => item.DisplayName)
        .Add("blocked", item => item.Blocked);

    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("items", ListItems)
            .WithName("ErpSandboxListItems")
            .WithSummary("Lists the company's items with their inventory; supports $filter on id, number, displayName and blocked.");
        company.MapGet("items({itemId:guid})", GetItem)
            .WithName("ErpSandboxGetItem")
            .WithSummary("Gets one item.");
        return company;
    }

    private static async Task<IResult> ListItems(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = Filters.Apply(db.Items.AsNoTracking().Where(item => item.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var items = await filtered.Value!.OrderBy(item => item.Number).ToListAsync(cancellationToken);
        return ErpResults.Collection(items.Select(ItemResponse.From));
    }

    private static async Task<IResult> GetItem(Guid companyId, Guid itemId, ErpSandboxDbContext db, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(item => item.CompanyId == companyId && item.Id == itemId, cancellationToken);
        return item is null ? ErpError.NotFound().ToResult() : ErpResults.Json(ItemResponse.From(item));
    }
}
