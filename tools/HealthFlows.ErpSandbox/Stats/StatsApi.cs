using HealthFlows.ErpSandbox.ItemLedgerEntries;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Stats;

/// <summary><c>GET /stats</c>: counts for tests that assert every charge was invoiced exactly once.</summary>
internal static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapGet("stats", GetStats)
            .WithName("ErpSandboxGetStats")
            .WithSummary("Counts of invoices, posted invoices, lines, item consumptions, purchase orders and idempotent replays.");
        return sandbox;
    }

    private static async Task<IResult> GetStats(ErpSandboxDbContext db, SandboxCounters counters, CancellationToken cancellationToken)
    {
        var invoices = await db.SalesInvoices.CountAsync(cancellationToken);
        var posted = await db.SalesInvoices.CountAsync(invoice => invoice.Status == InvoiceStatus.Open, cancellationToken);
        var lines = await db.SalesInvoiceLines.CountAsync(cancellationToken);
        var consumptions = await db.ItemLedgerEntries.CountAsync(entry => entry.EntryType == ItemConsumptionService.ConsumptionEntryType, cancellationToken);
        var purchaseOrders = await db.PurchaseOrders.CountAsync(cancellationToken);
        return ErpResults.Json(new StatsResponse(invoices, posted, lines, counters.IdempotentReplays,
            consumptions, counters.ConsumptionReplays, purchaseOrders, counters.PurchaseOrderReplays));
    }
}
