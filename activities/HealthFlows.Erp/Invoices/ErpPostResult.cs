namespace HealthFlows.Erp.Invoices;

/// <summary>The outcome of posting an invoice: the posted document's number and id, or why it is not posted.</summary>
public sealed record ErpPostResult(ErpPostStatus Status, string? DocumentNumber, Guid? InvoiceId, string? Error)
{
    public static ErpPostResult Posted(string documentNumber, Guid invoiceId) => new(ErpPostStatus.Posted, documentNumber, invoiceId, null);

    /// <summary>A business refusal, with the ERP's own message.</summary>
    public static ErpPostResult Rejected(string message) => new(ErpPostStatus.Rejected, null, null, message);

    public static ErpPostResult Unavailable(string reason) => new(ErpPostStatus.Unavailable, null, null, reason);
}
