namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The invoice a post answers with, and whether this post created it or found it by its external document number.</summary>
internal sealed record CreatedInvoice(SalesInvoice Invoice, bool Created);
