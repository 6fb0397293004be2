using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Items;

/// <summary>Finds an item (tracked, to change its stock) by number, with Business Central's errors for an unknown or blocked one.</summary>
internal static class ItemLookup
{
    public static async Task<Outcome<Item>> FindUsableAsync(ErpSandboxDbContext db, Guid companyId, string? itemNumber, CancellationToken cancellationToken)
    {
        var number = itemNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
            return ErpError.RequiredField("itemNumber");
        var item = await db.Items.SingleOrDefaultAsync(item => item.CompanyId == companyId && item.Number == number, cancellationToken);
        if (item is null)
            return ErpError.RecordNotFound($"The Item does not exist. Identification fields and values: No.='{number}'");
        return item.Blocked ? ErpError.Dialog($"Item {item.Number} is blocked.") : item;
    }
}
