using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp.Inventory;

/// <summary>The outcome of posting a consumption: the ledger entry and the item's stock afterwards, or why it is not posted.</summary>
public sealed record ErpConsumptionResult(ErpPostStatus Status, Guid? EntryId, ErpItem? Item, string? Error)
{
    public static ErpConsumptionResult Posted(Guid entryId, ErpItem item) => new(ErpPostStatus.Posted, entryId, item, null);

    /// <summary>A business refusal (unknown or blocked item, not enough stock, a refused cost center), with the ERP's own message.</summary>
    public static ErpConsumptionResult Rejected(string message) => new(ErpPostStatus.Rejected, null, null, message);

    public static ErpConsumptionResult Unavailable(string reason) => new(ErpPostStatus.Unavailable, null, null, reason);
}
