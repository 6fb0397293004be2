namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The statuses the sandbox uses of Business Central's invoice statuses: a draft, and Open once posted.</summary>
internal enum InvoiceStatus
{
    Draft,
    Open,
}
