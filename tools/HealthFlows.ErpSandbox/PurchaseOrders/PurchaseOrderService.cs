using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Stats;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.PurchaseOrders;

/// <summary>Creates draft purchase orders with their lines, all or nothing, idempotent on the external document number.</summary>
internal sealed class PurchaseOrderService(ErpSandboxDbContext db, WriteGate gate, SandboxCounters counters, TimeProvider clock)
{
    public const string DraftStatus = "Draft";

    public async Task<Outcome<(PurchaseOrder Order, bool Created)>> CreateAsync(
        Guid companyId, PurchaseOrderRequest request, CancellationToken cancellationToken)
    {
        var externalDocumentNumber = request.ExternalDocumentNumber?.Trim() ?? "";
        if (externalDocumentNumber.Length > ItemLimits.ExternalDocumentNumber)
            return ErpError.StringTooLong(externalDocumentNumber, ItemLimits.ExternalDocumentNumber);
        if (request.PurchaseOrderLines is not { Count: > 0 } requested)
            return ErpError.Dialog("A purchase order needs at least one line.");

        using var turn = await gate.EnterAsync(cancellationToken);
        if (externalDocumentNumber.Length > 0 && await FindAsync(companyId, externalDocumentNumber, cancellationToken) is { } existing)
        {
            counters.CountPurchaseOrderReplay();
            return (existing, false);
        }

        var now = clock.GetUtcNow();
        var count = await db.PurchaseOrders.CountAsync(order => order.CompanyId == companyId, cancellationToken);
        var order = new PurchaseOrder
        {
            Id = Guid.NewGuid(), CompanyId = companyId, Number = $"PO{106001 + count}", ExternalDocumentNumber = externalDocumentNumber,
            VendorNumber = "", VendorName = "", OrderDate = request.OrderDate ?? DateOnly.FromDateTime(now.UtcDateTime),
            Status = DraftStatus, LastModified = now,
        };
        for (var index = 0; index < requested.Count; index++)
        {
            var line = requested[index];
            if (line is null)
                return ErpError.BadRequest("Invalid Request Body: a purchase order line is null.");
            if (!string.Equals(line.LineType ?? "Item", "Item", StringComparison.OrdinalIgnoreCase))
                return new ErpError(StatusCodes.Status400BadRequest, "Application_EvaluateException",
                    $"The sandbox orders items only; lineType '{line.LineType}' is not supported.");
            if (line.Quantity is not { } quantity || quantity <= 0 || quantity > ItemLimits.Magnitude)
                return ErpError.BadRequest($"The quantity must be above 0 and at most {ItemLimits.Magnitude}.");
            if (line.DirectUnitCost is < 0 or > ItemLimits.Magnitude)
                return ErpError.BadRequest($"The direct unit cost must be between 0 and {ItemLimits.Magnitude}.");
            var item = await ItemLookup.FindUsableAsync(db, companyId, line.LineObjectNumber, cancellationToken);
            if (item.Error is not null)
                return item.Error;
            order.Lines.Add(new PurchaseOrderLine
            {
                Id = Guid.NewGuid(), PurchaseOrderId = order.Id, Sequence = (index + 1) * 10000, ItemId = item.Value!.Id,
                LineObjectNumber = item.Value.Number, Description = item.Value.DisplayName, UnitOfMeasureCode = item.Value.BaseUnitOfMeasureCode,
                Quantity = quantity, DirectUnitCost = line.DirectUnitCost ?? item.Value.UnitCost,
            });
            if (index == 0 && string.IsNullOrWhiteSpace(request.VendorNumber))
                order.VendorNumber = item.Value.VendorNumber;
        }

        var vendorNumber = string.IsNullOrWhiteSpace(request.VendorNumber) ? order.VendorNumber : request.VendorNumber.Trim().ToUpperInvariant();
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.CompanyId == companyId && v.Number == vendorNumber, cancellationToken);
        if (vendor is null)
            return ErpError.RecordNotFound($"The Vendor does not exist. Identification fields and values: No.='{vendorNumber}'");
        order.VendorId = vendor.Id;
        order.VendorNumber = vendor.Number;
        order.VendorName = vendor.DisplayName;
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return (order, true);
    }

    // "<> ''" lets SQLite use the partial unique index on the external document number (it cannot infer it from a parameter).
    public Task<PurchaseOrder?> FindAsync(Guid companyId, string externalDocumentNumber, CancellationToken cancellationToken) =>
        db.PurchaseOrders.AsNoTracking().Include(order => order.Lines)
            .SingleOrDefaultAsync(order => order.CompanyId == companyId && order.ExternalDocumentNumber == externalDocumentNumber && order.ExternalDocumentNumber != "", cancellationToken);
}
