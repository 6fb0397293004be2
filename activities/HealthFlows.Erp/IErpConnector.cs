using HealthFlows.Erp.CostCenters;
using HealthFlows.Erp.Inventory;
using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp;

/// <summary>The ERP as workflows see it: post a sales invoice exactly once, find one, list the cost centers; items, their consumption and replenishment.</summary>
public interface IErpConnector
{
    /// <summary>
    /// Posts <paramref name="invoice"/> unless the ERP already has one with its external document number, in which case
    /// that one is answered. Never throws for ERP answers: a business refusal is Rejected, an outage (after retries) Unavailable.
    /// </summary>
    Task<ErpPostResult> PostInvoiceAsync(ErpInvoice invoice, CancellationToken cancellationToken = default);

    /// <summary>The invoice with this external document number, or null. Throws <see cref="ErpUnavailableException"/> when the ERP cannot answer.</summary>
    Task<ErpInvoiceReference?> FindInvoiceAsync(string externalDocumentNumber, CancellationToken cancellationToken = default);

    /// <summary>The values of the cost-center dimension. Throws <see cref="ErpUnavailableException"/> when the ERP cannot answer.</summary>
    Task<IReadOnlyList<ErpCostCenter>> ListCostCentersAsync(CancellationToken cancellationToken = default);

    /// <summary>The item with this number, or null. Throws <see cref="ErpUnavailableException"/> when the ERP cannot answer.</summary>
    Task<ErpItem?> FindItemAsync(string itemNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes items out of stock, once per external document number, and answers the item's stock afterwards. Never throws
    /// for ERP answers: an unknown or blocked item, too little stock or a refused cost center is Rejected, an outage Unavailable.
    /// </summary>
    Task<ErpConsumptionResult> PostConsumptionAsync(ErpConsumption consumption, CancellationToken cancellationToken = default);

    /// <summary>Creates a purchase order for an item, once per external document number. Never throws for ERP answers.</summary>
    Task<ErpReplenishmentResult> RequestReplenishmentAsync(ErpReplenishment replenishment, CancellationToken cancellationToken = default);
}
