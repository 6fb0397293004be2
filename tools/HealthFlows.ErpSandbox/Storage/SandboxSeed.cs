using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Customers;
using HealthFlows.ErpSandbox.Dimensions;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>The master data a new sandbox starts with: one hospital company, its payers, and its departments and cost centers.</summary>
internal static class SandboxSeed
{
    /// <summary>Fixed, so that configuration (such as the sample workflows') can name the seeded company.</summary>
    public static readonly Guid CompanyId = new("5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17");

    private static readonly (string Number, string Name, string Email)[] Payers =
    [
        ("MEDICARE", "Medicare", "claims@medicare.example"),
        ("MEDICAID", "Medicaid", "claims@medicaid.example"),
        ("BCBS", "Blue Cross Blue Shield", "claims@bcbs.example"),
        ("AETNA", "Aetna", "claims@aetna.example"),
        ("SELFPAY", "Self-pay patients", "billing@hospital.example"),
    ];

    private static readonly (string Code, string Name, bool Blocked)[] Departments =
    [
        ("LAB", "Laboratory", false),
        ("MED", "Internal Medicine", false),
        ("ORTHO", "Orthopedics", false),
        ("CAR", "Cardiology", false),
        ("PED", "Pediatrics", false),
        ("EME", "Emergency", false),
        ("RAD", "Radiology", false),
        ("SURG", "Surgery", false),
        ("DERM", "Dermatology (closed)", true),
    ];

    public static void AddTo(ErpSandboxDbContext db, string companyName, DateTimeOffset now)
    {
        db.Companies.Add(new Company
        {
            Id = CompanyId, Name = companyName, DisplayName = companyName, CurrencyCode = "USD", CreatedAt = now, LastModified = now,
        });
        foreach (var (number, name, email) in Payers)
        {
            db.Customers.Add(new Customer
            {
                Id = Guid.NewGuid(), CompanyId = CompanyId, Number = number, DisplayName = name, Type = "Company",
                Email = email, CurrencyCode = "USD", LastModified = now,
            });
        }
        // Departments and cost centers share their codes, so department LAB books to cost center LAB.
        AddDimension(db, "DEPARTMENT", "Department", now);
        AddDimension(db, "COSTCENTER", "Cost Center", now);
    }

    private static void AddDimension(ErpSandboxDbContext db, string code, string name, DateTimeOffset now)
    {
        var dimension = new Dimension { Id = Guid.NewGuid(), CompanyId = CompanyId, Code = code, DisplayName = name, LastModified = now };
        db.Dimensions.Add(dimension);
        foreach (var (valueCode, valueName, blocked) in Departments)
        {
            db.DimensionValues.Add(new DimensionValue
            {
                Id = Guid.NewGuid(), CompanyId = CompanyId, Dimension = dimension, Code = valueCode, DisplayName = valueName,
                Blocked = blocked, LastModified = now,
            });
        }
    }
}
