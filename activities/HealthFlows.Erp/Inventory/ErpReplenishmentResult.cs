using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp.Inventory;

/// <summary>The outcome of requesting a replenishment: the purchase order's number and id, or why there is none.</summary>
public sealed record ErpReplenishmentResult(ErpPostStatus Status, string? OrderNumber, Guid? OrderId, string? Error)
{
    public static ErpReplenishmentResult Ordered(string orderNumber, Guid orderId) => new(ErpPostStatus.Posted, orderNumber, orderId, null);

    public static ErpReplenishmentResult Rejected(string message) => new(ErpPostStatus.Rejected, null, null, message);

    public static ErpReplenishmentResult Unavailable(string reason) => new(ErpPostStatus.Unavailable, null, null, reason);
}
