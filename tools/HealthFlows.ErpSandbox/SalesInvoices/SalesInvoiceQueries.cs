using HealthFlows.ErpSandbox.Storage;

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

    // The look-ups every charge makes are compiled once: translating the LINQ query and finding it in EF's cache on each
    // call cost more than running it (charge-capture profile). A compiled query cannot call WithLines, so it spells it out.

    /// <summary>A company's invoice by id, with its lines, read-only.</summary>
    public static readonly Func<ErpSandboxDbContext, Guid, Guid, CancellationToken, Task<SalesInvoice?>> ById =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, Guid invoiceId, CancellationToken _) => db.SalesInvoices
            .AsNoTracking()
            .Include(invoice => invoice.Lines).ThenInclude(line => line.Dimensions).ThenInclude(entry => entry.DimensionValue).ThenInclude(value => value.Dimension)
            .AsSplitQuery()
            .SingleOrDefault(invoice => invoice.CompanyId == companyId && invoice.Id == invoiceId));

    /// <summary>
    /// A company's invoice by a non-empty external document number, with its lines, read-only. The "&lt;&gt; ''" lets
    /// SQLite use the partial unique index on the external document number (it cannot infer it from a parameter).
    /// </summary>
    public static readonly Func<ErpSandboxDbContext, Guid, string, CancellationToken, Task<SalesInvoice?>> ByExternalDocumentNumber =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, string externalDocumentNumber, CancellationToken _) => db.SalesInvoices
            .AsNoTracking()
            .Include(invoice => invoice.Lines).ThenInclude(line => line.Dimensions).ThenInclude(entry => entry.DimensionValue).ThenInclude(value => value.Dimension)
            .AsSplitQuery()
            .SingleOrDefault(invoice => invoice.CompanyId == companyId
                && invoice.ExternalDocumentNumber == externalDocumentNumber && invoice.ExternalDocumentNumber != ""));

    /// <summary>A company's invoice by id with its lines (not their dimensions), tracked for an update.</summary>
    public static readonly Func<ErpSandboxDbContext, Guid, Guid, CancellationToken, Task<SalesInvoice?>> ForUpdate =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, Guid invoiceId, CancellationToken _) => db.SalesInvoices
            .Include(invoice => invoice.Lines)
            .SingleOrDefault(invoice => invoice.CompanyId == companyId && invoice.Id == invoiceId));
}
