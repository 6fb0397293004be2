namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Loads invoices with what their answers need: lines for the totals, and the lines' dimensions.</summary>
internal static class SalesInvoiceQueries
{
    public static IQueryable<SalesInvoice> WithLines(this IQueryable<SalesInvoice> invoices) => invoices
        .Include(invoice => invoice.Lines)
        .ThenInclude(line => line.Dimensions)
        .ThenInclude(entry => entry.DimensionValue)
        .ThenInclude(value => value.Dimension)
        .AsSplitQuery();
}
