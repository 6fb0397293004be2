using HealthFlows.ErpSandbox.Customers;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Finds an invoice's customer by <c>customerId</c> or else <c>customerNumber</c>, with Business Central's errors when it cannot.</summary>
internal static class CustomerLookup
{
    // Compiled: translating it for every invoice showed in the charge-capture profile.
    private static readonly Func<ErpSandboxDbContext, Guid, Guid?, string?, CancellationToken, Task<Customer?>> Query =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, Guid? customerId, string? number, CancellationToken _) =>
            db.Customers.AsNoTracking().SingleOrDefault(c => c.CompanyId == companyId && (customerId == null ? c.Number == number : c.Id == customerId)));

    public static async Task<Outcome<Customer>> FindAsync(
        ErpSandboxDbContext db, Guid companyId, Guid? customerId, string? customerNumber, CancellationToken cancellationToken)
    {
        var number = customerNumber?.Trim().ToUpperInvariant();
        if (customerId is null && string.IsNullOrEmpty(number))
            return ErpError.Dialog("A customerNumber or a customerId must be provided.");
        var customer = await Query(db, companyId, customerId, number, cancellationToken);
        if (customer is not null)
            return customer;
        var key = customerId is null ? $"No.='{number}'" : $"Id='{customerId}'";
        return ErpError.RecordNotFound($"The Customer does not exist. Identification fields and values: {key}");
    }
}
