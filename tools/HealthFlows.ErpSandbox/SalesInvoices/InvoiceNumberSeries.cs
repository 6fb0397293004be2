using System.Collections.Concurrent;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>
/// Per company, how many invoices there are and how many are posted: the numbers of the next draft and the next posted
/// invoice. Counted from the database once, then kept up to date by the writers, who all hold the <see cref="WriteGate"/>.
/// Counting the table for every invoice (twice) made each charge slower as the table grew.
/// </summary>
internal sealed class InvoiceNumberSeries
{
    private readonly ConcurrentDictionary<Guid, int> invoices = new();
    private readonly ConcurrentDictionary<Guid, int> posted = new();

    /// <summary>The invoices the company has; call under the write gate.</summary>
    public async ValueTask<int> InvoiceCountAsync(ErpSandboxDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        if (invoices.TryGetValue(companyId, out var count))
            return count;
        count = await db.SalesInvoices.CountAsync(invoice => invoice.CompanyId == companyId, cancellationToken);
        invoices[companyId] = count;
        return count;
    }

    /// <summary>The company's posted (Open) invoices; call under the write gate.</summary>
    public async ValueTask<int> PostedCountAsync(ErpSandboxDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        if (posted.TryGetValue(companyId, out var count))
            return count;
        count = await db.SalesInvoices.CountAsync(
            invoice => invoice.CompanyId == companyId && invoice.Status == InvoiceStatus.Open, cancellationToken);
        posted[companyId] = count;
        return count;
    }

    /// <summary>An invoice of the company was committed.</summary>
    public void InvoiceAdded(Guid companyId) => Increment(invoices, companyId);

    /// <summary>An invoice of the company was committed as posted.</summary>
    public void InvoicePosted(Guid companyId) => Increment(posted, companyId);

    /// <summary>
    /// After a write the database refused: another process sharing the file may have written invoices this one has not
    /// counted, so the next number is counted afresh.
    /// </summary>
    public void Forget(Guid companyId)
    {
        invoices.TryRemove(companyId, out _);
        posted.TryRemove(companyId, out _);
    }

    // Only a count already read is kept up to date; one not read yet is counted when first needed.
    private static void Increment(ConcurrentDictionary<Guid, int> counts, Guid companyId)
    {
        if (counts.TryGetValue(companyId, out var count))
            counts[companyId] = count + 1;
    }
}
