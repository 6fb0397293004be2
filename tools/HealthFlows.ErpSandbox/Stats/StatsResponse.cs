namespace HealthFlows.ErpSandbox.Stats;

/// <summary>
/// The answer of <c>GET /stats</c>, over all companies: invoices stored, of which posted (status Open), their lines,
/// and the invoice posts answered with an existing invoice since the sandbox started.
/// </summary>
internal sealed record StatsResponse(int InvoiceCount, int PostedCount, int LineCount, int IdempotentReplayCount);
