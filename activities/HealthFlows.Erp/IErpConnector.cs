using HealthFlows.Erp.CostCenters;
using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp;

/// <summary>The ERP as workflows see it: post a sales invoice exactly once, find one, list the cost centers.</summary>
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
}
