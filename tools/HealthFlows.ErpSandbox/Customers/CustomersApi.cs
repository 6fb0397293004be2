using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Customers;

/// <summary><c>GET companies({id})/customers</c>: the payers invoices can be addressed to.</summary>
internal static class CustomersApi
{
    private static readonly FilterMap<Customer> Filters = new FilterMap<Customer>("customer")
        .Add("id", customer => customer.Id)
        .Add("number", customer => customer.Number)
        .Add("displayName", customer => customer.DisplayName);

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("customers", ListCustomers)
            .WithName("ErpSandboxListCustomers")
            .WithSummary("Lists the company's customers; supports $filter on id, number and displayName.");
        company.MapGet("customers({customerId:guid})", GetCustomer)
            .WithName("ErpSandboxGetCustomer")
            .WithSummary("Gets one customer.");
        return company;
    }

    private static async Task<IResult> ListCustomers(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = Filters.Apply(db.Customers.AsNoTracking().Where(customer => customer.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var customers = await filtered.Value!.OrderBy(customer => customer.Number).ToListAsync(cancellationToken);
        return ErpResults.Collection(customers.Select(CustomerResponse.From));
    }

    private static async Task<IResult> GetCustomer(
        Guid companyId, Guid customerId, ErpSandboxDbContext db, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .SingleOrDefaultAsync(customer => customer.CompanyId == companyId && customer.Id == customerId, cancellationToken);
        return customer is null ? ErpError.NotFound().ToResult() : ErpResults.Json(CustomerResponse.From(customer));
    }
}
