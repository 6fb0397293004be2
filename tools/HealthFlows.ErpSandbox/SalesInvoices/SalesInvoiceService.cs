using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Stats;
using HealthFlows.ErpSandbox.Storage;
using Microsoft.Data.Sqlite;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Creates and posts sales invoices. Creation is idempotent on the external document number.</summary>
internal sealed class SalesInvoiceService(
    ErpSandboxDbContext db, WriteGate gate, SalesInvoiceLineFactory lines, SandboxCounters counters,
    InvoiceNumberSeries numbers, TimeProvider clock)
{
    private const int SqliteConstraintViolation = 19;

    public async Task<Outcome<CreatedInvoice>> CreateAsync(Guid companyId, SalesInvoiceRequest request, CancellationToken cancellationToken)
    {
        var externalDocumentNumber = request.ExternalDocumentNumber?.Trim() ?? "";
        if (externalDocumentNumber.Length > SalesInvoiceLimits.ExternalDocumentNumber)
            return ErpError.StringTooLong(externalDocumentNumber, SalesInvoiceLimits.ExternalDocumentNumber);
        using var turn = await gate.EnterAsync(cancellationToken);
        if (await FindByExternalDocumentNumberAsync(companyId, externalDocumentNumber, cancellationToken) is { } existing)
        {
            counters.CountIdempotentReplay();
            return new CreatedInvoice(existing, Created: false);
        }

        var invoice = await BuildAsync(companyId, externalDocumentNumber, request, cancellationToken);
        if (invoice.Error is not null)
            return invoice.Error;
        db.SalesInvoices.Add(invoice.Value!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraintViolation })
        {
            // Another process sharing the file won the race: answer with its invoice, as a replay would.
            numbers.Forget(companyId);
            db.ChangeTracker.Clear();
            if (await FindByExternalDocumentNumberAsync(companyId, externalDocumentNumber, cancellationToken) is not { } winner)
                throw;
            counters.CountIdempotentReplay();
            return new CreatedInvoice(winner, Created: false);
        }
        numbers.InvoiceAdded(companyId);
        return new CreatedInvoice(invoice.Value!, Created: true);
    }

    /// <summary>Posts a draft (Business Central's <c>Microsoft.NAV.post</c>): it becomes Open and takes a posted-invoice number.</summary>
    public async Task<ErpError?> PostAsync(Guid companyId, Guid invoiceId, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var invoice = await SalesInvoiceQueries.ForUpdate(db, companyId, invoiceId, cancellationToken);
        if (invoice is null)
            return ErpError.NotFound();
        if (invoice.Status != InvoiceStatus.Draft)
            return ErpError.Dialog($"Sales invoice {invoice.Number} has already been posted.");
        if (invoice.Lines.Count == 0)
            return ErpError.Dialog("There is nothing to post.");

        var posted = await numbers.PostedCountAsync(db, companyId, cancellationToken);
        invoice.Number = $"PS-INV{103001 + posted}";
        invoice.Status = InvoiceStatus.Open;
        invoice.LastModified = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            numbers.Forget(companyId);
            throw;
        }
        numbers.InvoicePosted(companyId);
        return null;
    }

    private async Task<SalesInvoice?> FindByExternalDocumentNumberAsync(
        Guid companyId, string externalDocumentNumber, CancellationToken cancellationToken) =>
        externalDocumentNumber.Length == 0 ? null
            : await SalesInvoiceQueries.ByExternalDocumentNumber(db, companyId, externalDocumentNumber, cancellationToken);

    private async Task<Outcome<SalesInvoice>> BuildAsync(
        Guid companyId, string externalDocumentNumber, SalesInvoiceRequest request, CancellationToken cancellationToken)
    {
        if (request.CustomerPurchaseOrderReference?.Length > SalesInvoiceLimits.CustomerPurchaseOrderReference)
            return ErpError.StringTooLong(request.CustomerPurchaseOrderReference, SalesInvoiceLimits.CustomerPurchaseOrderReference);
        DateOnly?[] dates = [request.InvoiceDate, request.PostingDate, request.DueDate];
        if (dates.Any(date => date < SalesInvoiceLimits.FirstDate || date > SalesInvoiceLimits.LastDate))
            return ErpError.BadRequest(
                $"Dates must lie between {SalesInvoiceLimits.FirstDate:yyyy-MM-dd} and {SalesInvoiceLimits.LastDate:yyyy-MM-dd}.");
        var customer = await CustomerLookup.FindAsync(db, companyId, request.CustomerId, request.CustomerNumber, cancellationToken);
        if (customer.Error is not null)
            return customer.Error;

        var now = clock.GetUtcNow();
        var invoiceDate = request.InvoiceDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        var count = await numbers.InvoiceCountAsync(db, companyId, cancellationToken);
        var invoice = new SalesInvoice
        {
            Id = Guid.NewGuid(), CompanyId = companyId, Number = $"S-INV{100001 + count}", ExternalDocumentNumber = externalDocumentNumber,
            CustomerPurchaseOrderReference = request.CustomerPurchaseOrderReference ?? "", CustomerId = customer.Value!.Id,
            CustomerNumber = customer.Value.Number, CustomerName = customer.Value.DisplayName, InvoiceDate = invoiceDate,
            PostingDate = request.PostingDate ?? invoiceDate, DueDate = request.DueDate ?? invoiceDate.AddDays(30),
            CurrencyCode = customer.Value.CurrencyCode, Status = InvoiceStatus.Draft, LastModified = now,
        };
        var requested = request.SalesInvoiceLines ?? [];
        for (var index = 0; index < requested.Count; index++)
        {
            var line = await lines.CreateAsync(companyId, invoice.Id, requested[index], (index + 1) * 10000, cancellationToken);
            if (line.Error is not null)
                return line.Error;
            if (invoice.Lines.Any(existing => existing.Sequence == line.Value!.Sequence))
                return SalesInvoiceLineService.SequenceTaken(line.Value!.Sequence);
            invoice.Lines.Add(line.Value!);
        }
        return invoice;
    }
}
