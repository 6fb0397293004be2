using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Adds lines to a draft invoice, and dimensions to a draft invoice's line.</summary>
internal sealed class SalesInvoiceLineService(
    ErpSandboxDbContext db, WriteGate gate, SalesInvoiceLineFactory lines, LineDimensionResolver dimensions, TimeProvider clock)
{
    public static ErpError SequenceTaken(int sequence) => new(StatusCodes.Status400BadRequest, "Internal_EntityWithSameKeyExists",
        $"The Sales Invoice Line already exists. Identification fields and values: Sequence='{sequence}'");

    public async Task<Outcome<SalesInvoiceLine>> AddLineAsync(
        Guid companyId, Guid invoiceId, SalesInvoiceLineRequest request, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var invoice = await FindDraftAsync(companyId, invoiceId, cancellationToken);
        if (invoice.Error is not null)
            return invoice.Error;
        var next = invoice.Value!.Lines.Select(line => line.Sequence).DefaultIfEmpty(0).Max() + 10000;
        var line = await lines.CreateAsync(companyId, invoiceId, request, next, cancellationToken);
        if (line.Error is not null)
            return line.Error;
        if (invoice.Value.Lines.Any(existing => existing.Sequence == line.Value!.Sequence))
            return SequenceTaken(line.Value!.Sequence);

        db.SalesInvoiceLines.Add(line.Value!);
        invoice.Value.LastModified = line.Value!.LastModified;
        await db.SaveChangesAsync(cancellationToken);
        return line.Value;
    }

    public async Task<Outcome<SalesInvoiceLineDimension>> AddDimensionAsync(
        Guid companyId, Guid invoiceId, Guid lineId, DimensionSetLineRequest request, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var invoice = await FindDraftAsync(companyId, invoiceId, cancellationToken);
        if (invoice.Error is not null)
            return invoice.Error;
        var line = invoice.Value!.Lines.SingleOrDefault(line => line.Id == lineId);
        if (line is null)
            return ErpError.NotFound();
        var value = await dimensions.ResolveAsync(companyId, request, cancellationToken);
        if (value.Error is not null)
            return value.Error;
        if (line.Dimensions.Any(entry => entry.DimensionValue.DimensionId == value.Value!.DimensionId))
            return ErpError.Dialog($"Dimension {value.Value!.Dimension.Code} is already set on this line.");

        var now = clock.GetUtcNow();
        var entry = new SalesInvoiceLineDimension { Id = Guid.NewGuid(), LineId = lineId, DimensionValue = value.Value!, LastModified = now };
        db.SalesInvoiceLineDimensions.Add(entry);
        line.LastModified = now;
        invoice.Value.LastModified = now;
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private async Task<Outcome<SalesInvoice>> FindDraftAsync(Guid companyId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.SalesInvoices.WithLines()
            .SingleOrDefaultAsync(invoice => invoice.CompanyId == companyId && invoice.Id == invoiceId, cancellationToken);
        if (invoice is null)
            return ErpError.NotFound();
        if (invoice.Status != InvoiceStatus.Draft)
            return ErpError.Dialog($"Sales invoice {invoice.Number} has been posted and can no longer be changed.");
        return invoice;
    }
}
