using System.Net;
using System.Net.Http.Json;
using HealthFlows.Erp.Inventory;

namespace HealthFlows.Erp.BusinessCentral;

/// <summary>
/// Inventory: items, consumption (<c>itemLedgerEntries</c>) and replenishment (<c>purchaseOrders</c>). Both writes carry
/// a <see cref="ReplayCheck"/> on the external document number, as invoices do, so a repeated attempt never takes an
/// item twice or orders twice.
/// </summary>
public sealed partial class BusinessCentralConnector
{
    public async Task<ErpItem?> FindItemAsync(string itemNumber, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadItemAsync(itemNumber, cancellationToken);
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            throw new ErpUnavailableException(reason, exception);
        }
        catch (ErpRejectedException rejection)
        {
            throw new ErpUnavailableException(rejection.Message, rejection);
        }
    }

    public async Task<ErpConsumptionResult> PostConsumptionAsync(ErpConsumption consumption, CancellationToken cancellationToken = default)
    {
        if (InvalidConsumption(consumption) is { } problem)
            return ErpConsumptionResult.Rejected(problem);
        try
        {
            var body = new ItemConsumptionBody(consumption.ExternalDocumentNumber, consumption.ItemNumber, consumption.Quantity,
                consumption.PostingDate, string.IsNullOrWhiteSpace(consumption.Description) ? null : consumption.Description,
                [new DimensionSetLineBody(Settings.CostCenterDimension, consumption.CostCenter)]);
            var entry = await CreateOnceAsync<CreatedDocument>("itemLedgerEntries", body, consumption.ExternalDocumentNumber, cancellationToken);
            // Read after posting, so a replayed consumption answers today's stock too.
            var item = await ReadItemAsync(consumption.ItemNumber, cancellationToken)
                ?? throw new ErpUnavailableException($"The ERP posted the consumption but no longer finds item {consumption.ItemNumber}.");
            return ErpConsumptionResult.Posted(entry.Id, item);
        }
        catch (ErpRejectedException rejection)
        {
            return ErpConsumptionResult.Rejected(rejection.Message);
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            return ErpConsumptionResult.Unavailable(reason);
        }
    }

    public async Task<ErpReplenishmentResult> RequestReplenishmentAsync(ErpReplenishment replenishment, CancellationToken cancellationToken = default)
    {
        if (InvalidReplenishment(replenishment) is { } problem)
            return ErpReplenishmentResult.Rejected(problem);
        try
        {
            var body = new PurchaseOrderBody(replenishment.ExternalDocumentNumber,
                string.IsNullOrWhiteSpace(replenishment.VendorNumber) ? null : replenishment.VendorNumber, replenishment.OrderDate,
                [new PurchaseOrderLineBody("Item", replenishment.ItemNumber, replenishment.Quantity)]);
            var order = await CreateOnceAsync<CreatedDocument>("purchaseOrders", body, replenishment.ExternalDocumentNumber, cancellationToken);
            return ErpReplenishmentResult.Ordered(order.Number ?? "", order.Id);
        }
        catch (ErpRejectedException rejection)
        {
            return ErpReplenishmentResult.Rejected(rejection.Message);
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            return ErpReplenishmentResult.Unavailable(reason);
        }
    }

    private async Task<ErpItem?> ReadItemAsync(string itemNumber, CancellationToken cancellationToken)
    {
        var filter = Uri.EscapeDataString($"number eq {ODataLiteral(itemNumber)}");
        using var response = await http.GetAsync(CompanyUri($"items?$filter={filter}"), cancellationToken);
        var found = await ErpResponses.ReadAsync<ODataCollection<ItemDocument>>(response, cancellationToken);
        return found.Value is [var item, ..]
            ? new ErpItem(item.Number ?? itemNumber, item.DisplayName ?? "", item.Inventory ?? 0, item.ReorderPoint ?? 0,
                item.ReorderQuantity ?? 0, item.VendorNumber ?? "", item.Blocked ?? false)
            : null;
    }

    private static string? InvalidConsumption(ErpConsumption consumption) =>
        string.IsNullOrWhiteSpace(consumption.ExternalDocumentNumber) ? "An external document number is required: it is what keeps the ERP from taking the items twice."
        : string.IsNullOrWhiteSpace(consumption.ItemNumber) ? "An item number is required."
        : consumption.Quantity <= 0 ? "The quantity must be above 0."
        : string.IsNullOrWhiteSpace(consumption.CostCenter) ? "A cost center is required."
        : null;

    private static string? InvalidReplenishment(ErpReplenishment replenishment) =>
        string.IsNullOrWhiteSpace(replenishment.ExternalDocumentNumber) ? "An external document number is required: it is what keeps the ERP from ordering twice."
        : string.IsNullOrWhiteSpace(replenishment.ItemNumber) ? "An item number is required."
        : replenishment.Quantity <= 0 ? "The quantity must be above 0."
        : null;
}
