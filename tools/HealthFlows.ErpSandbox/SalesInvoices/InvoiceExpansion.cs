namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The navigation properties a <c>$expand</c> asked to include in a sales invoice.</summary>
[Flags]
internal enum InvoiceExpansion
{
    None = 0,
    Lines = 1,
    LineDimensions = 2,
}
