using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.Vendors;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>The implants and supplies a new sandbox stocks, and the vendors they are bought from.</summary>
internal static class InventorySeed
{
    private static readonly (string Number, string Name)[] Suppliers =
    [
        ("ORTHOSUP", "Orthopedic Implants Supply"),
        ("CARDIOSUP", "Cardiac Devices Supply"),
    ];

    private static readonly (string Number, string Name, decimal Cost, decimal Stock, decimal ReorderPoint, decimal ReorderQuantity, string Vendor, bool Blocked)[] Stock =
    [
        ("IMP-HIP-001", "Hip stem, cementless", 1850m, 5m, 3m, 10m, "ORTHOSUP", false),
        ("IMP-KNEE-002", "Total knee system", 2400m, 4m, 2m, 6m, "ORTHOSUP", false),
        ("IMP-SCREW-005", "Cortical bone screw 3.5 mm", 35m, 200m, 50m, 200m, "ORTHOSUP", false),
        ("IMP-STENT-003", "Coronary stent, drug-eluting", 950m, 20m, 8m, 25m, "CARDIOSUP", false),
        ("IMP-PACE-004", "Pacemaker, dual chamber", 4100m, 3m, 1m, 3m, "CARDIOSUP", false),
        ("IMP-LENS-006", "Intraocular lens (withdrawn)", 300m, 12m, 0m, 0m, "ORTHOSUP", true),
    ];

    public static void AddTo(ErpSandboxDbContext db, DateTimeOffset now)
    {
        foreach (var (number, name) in Suppliers)
        {
            db.Vendors.Add(new Vendor { Id = Guid.NewGuid(), CompanyId = SandboxSeed.CompanyId, Number = number, DisplayName = name, LastModified = now });
        }

        foreach (var item in Stock)
        {
            db.Items.Add(new Item
            {
                Id = Guid.NewGuid(), CompanyId = SandboxSeed.CompanyId, Number = item.Number, DisplayName = item.Name, BaseUnitOfMeasureCode = "PCS",
                UnitCost = item.Cost, Inventory = item.Stock, ReorderPoint = item.ReorderPoint, ReorderQuantity = item.ReorderQuantity,
                VendorNumber = item.Vendor, Blocked = item.Blocked, LastModified = now,
            });
        }
    }
}
