namespace HealthFlows.ErpSandbox.Stats;

/// <summary>
/// The answer of <c>GET /stats</c>, over all companies: invoices stored, of which posted (status Open), their lines,
/// and the invoice posts answered with an existing invoice since the sandbox started; the same for item consumptions
/// (item ledger entries) and purchase orders.
/// </summary>
internal sealed record StatsResponse(
    int InvoiceCount, int PostedCount, int LineCount, int IdempotentReplayCount,
    int ConsumptionCount, int ConsumptionReplayCount, int PurchaseOrderCount, int PurchaseOrderReplayCount);
