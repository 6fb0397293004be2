using HealthFlows.Erp.CostCenters;
using HealthFlows.Erp.Inventory;
using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp.Telemetry;

/// <summary>
/// Times every call of the connector it wraps: operation (the method), outcome (posted, rejected, unavailable for postings;
/// ok, not_found, unavailable, failed for look-ups). The connector itself stays free of measuring.
/// </summary>
public sealed class MeteredErpConnector(IErpConnector inner, ErpMetrics metrics, TimeProvider clock) : IErpConnector
{
    public Task<ErpPostResult> PostInvoiceAsync(ErpInvoice invoice, CancellationToken cancellationToken = default) =>
        TimeAsync("PostInvoice", () => inner.PostInvoiceAsync(invoice, cancellationToken), r => Outcome(r.Status));

    public Task<ErpInvoiceReference?> FindInvoiceAsync(string externalDocumentNumber, CancellationToken cancellationToken = default) =>
        TimeAsync("FindInvoice", () => inner.FindInvoiceAsync(externalDocumentNumber, cancellationToken), r => r is null ? "not_found" : "ok");

    public Task<IReadOnlyList<ErpCostCenter>> ListCostCentersAsync(CancellationToken cancellationToken = default) =>
        TimeAsync("ListCostCenters", () => inner.ListCostCentersAsync(cancellationToken), _ => "ok");

    public Task<ErpItem?> FindItemAsync(string itemNumber, CancellationToken cancellationToken = default) =>
        TimeAsync("FindItem", () => inner.FindItemAsync(itemNumber, cancellationToken), r => r is null ? "not_found" : "ok");

    public Task<ErpConsumptionResult> PostConsumptionAsync(ErpConsumption consumption, CancellationToken cancellationToken = default) =>
        TimeAsync("PostConsumption", () => inner.PostConsumptionAsync(consumption, cancellationToken), r => Outcome(r.Status));

    public Task<ErpReplenishmentResult> RequestReplenishmentAsync(ErpReplenishment replenishment, CancellationToken cancellationToken = default) =>
        TimeAsync("RequestReplenishment", () => inner.RequestReplenishmentAsync(replenishment, cancellationToken), r => Outcome(r.Status));

    private async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call, Func<T, string> outcome)
    {
        var started = clock.GetTimestamp();
        try
        {
            var result = await call();
            metrics.Record(operation, outcome(result), clock.GetElapsedTime(started));
            return result;
        }
        catch (Exception exception)
        {
            metrics.Record(operation, exception is ErpUnavailableException ? "unavailable" : "failed", clock.GetElapsedTime(started));
            throw;
        }
    }

    private static string Outcome(ErpPostStatus status) => status.ToString().ToLowerInvariant();
}
