using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Stats;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

/// <summary>
/// Takes items out of stock. Business Central does it with an item journal line and the journal's post action; the
/// sandbox does it in one call, idempotent on the external document number, all or nothing.
/// </summary>
internal sealed class ItemConsumptionService(
    ErpSandboxDbContext db, WriteGate gate, LineDimensionResolver dimensions, SandboxCounters counters, TimeProvider clock)
{
    public const string ConsumptionEntryType = "Negative Adjmt.";

    /// <summary>The entry, and whether it was made now (false: an earlier call with this external document number made it).</summary>
    public async Task<Outcome<(ItemLedgerEntry Entry, bool Created)>> ConsumeAsync(
        Guid companyId, ItemConsumptionRequest request, CancellationToken cancellationToken)
    {
        var externalDocumentNumber = request.ExternalDocumentNumber?.Trim() ?? "";
        if (externalDocumentNumber.Length == 0)
            return ErpError.RequiredField("externalDocumentNumber");
        if (externalDocumentNumber.Length > ItemLimits.ExternalDocumentNumber)
            return ErpError.StringTooLong(externalDocumentNumber, ItemLimits.ExternalDocumentNumber);
        if (request.Description?.Length > ItemLimits.Description)
            return ErpError.StringTooLong(request.Description, ItemLimits.Description);
        if (request.Quantity is not { } quantity || quantity <= 0 || quantity > ItemLimits.Magnitude)
            return ErpError.BadRequest($"The quantity must be above 0 and at most {ItemLimits.Magnitude}.");
        if (request.DimensionSetLines is not [var dimensionLine])
            return ErpError.BadRequest("Exactly one dimension set line (the cost center or department booked to) is required.");

        using var turn = await gate.EnterAsync(cancellationToken);
        // "<> ''" lets SQLite use the partial unique index on the external document number (it cannot infer it from a parameter).
        var existing = await db.ItemLedgerEntries.AsNoTracking()
            .SingleOrDefaultAsync(entry => entry.CompanyId == companyId && entry.ExternalDocumentNumber == externalDocumentNumber && entry.ExternalDocumentNumber != "", cancellationToken);
        if (existing is not null)
        {
            counters.CountConsumptionReplay();
            return (existing, false);
        }

        var item = await ItemLookup.FindUsableAsync(db, companyId, request.ItemNumber, cancellationToken);
        if (item.Error is not null)
            return item.Error;
        var value = await dimensions.ResolveAsync(companyId, dimensionLine, cancellationToken);
        if (value.Error is not null)
            return value.Error;
        if (item.Value!.Inventory < quantity)
            return ErpError.Dialog($"You have insufficient quantity of Item {item.Value.Number} on inventory ({item.Value.Inventory} on hand, {quantity} needed).");

        var now = clock.GetUtcNow();
        var entries = await db.ItemLedgerEntries.CountAsync(entry => entry.CompanyId == companyId, cancellationToken);
        var entry = new ItemLedgerEntry
        {
            Id = Guid.NewGuid(), CompanyId = companyId, EntryNumber = entries + 1, ItemId = item.Value.Id, ItemNumber = item.Value.Number,
            EntryType = ConsumptionEntryType, DocumentNumber = $"CONS{100001 + entries}", ExternalDocumentNumber = externalDocumentNumber,
            Description = request.Description?.Trim() is { Length: > 0 } description ? description : item.Value.DisplayName,
            PostingDate = request.PostingDate ?? DateOnly.FromDateTime(now.UtcDateTime), Quantity = -quantity,
            DimensionCode = value.Value!.Dimension.Code, DimensionValueCode = value.Value.Code, LastModified = now,
        };
        item.Value.Inventory -= quantity;
        item.Value.LastModified = now;
        db.ItemLedgerEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return (entry, true);
    }
}
