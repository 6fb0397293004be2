using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

/// <summary><c>companies({id})/itemLedgerEntries</c>: the stock movements, and taking an item out of stock (consumption).</summary>
internal static class ItemLedgerEntriesApi
{
    private static readonly FilterMap<ItemLedgerEntry> Filters = new FilterMap<ItemLedgerEntry>("itemLedgerEntry")
        .Add("id", entry => entry.Id)
        .Add("entryNumber", entry => entry.EntryNumber)
        .Add("itemNumber", entry => entry.ItemNumber)
        .Add("entryType", entry => entry.EntryType)
        .Add("documentNumber", entry => entry.DocumentNumber)
        .Add("externalDocumentNumber", entry => entry.ExternalDocumentNumber);

    public static IEndpointRouteBuilder MapItemLedgerEntriesApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("itemLedgerEntries", ListEntries)
            .WithName("ErpSandboxListItemLedgerEntries")
            .WithSummary("Lists stock movements; supports $filter on itemNumber, entryType, documentNumber, externalDocumentNumber, ...");
        company.MapPost("itemLedgerEntries", Consume)
            .WithName("ErpSandboxConsumeItem")
            .WithSummary("Takes an item out of stock for a source document (sandbox only); a known externalDocumentNumber answers the existing entry.");
        return company;
    }

    private static async Task<IResult> ListEntries(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = Filters.Apply(db.ItemLedgerEntries.AsNoTracking().Where(entry => entry.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var entries = await filtered.Value!.OrderBy(entry => entry.EntryNumber).ToListAsync(cancellationToken);
        return ErpResults.Collection(entries.Select(ItemLedgerEntryResponse.From));
    }

    private static async Task<IResult> Consume(
        Guid companyId, HttpRequest request, ItemConsumptionService consumption, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ItemConsumptionRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var outcome = await consumption.ConsumeAsync(companyId, body.Value!, cancellationToken);
        if (outcome.Error is not null)
            return outcome.Error.ToResult();
        var (entry, created) = outcome.Value;
        return ErpResults.Json(ItemLedgerEntryResponse.From(entry), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
