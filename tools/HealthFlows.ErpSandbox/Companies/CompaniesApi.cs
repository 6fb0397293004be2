using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Companies;

/// <summary><c>GET /api/v2.0/companies</c>: the companies a client can work in.</summary>
internal static class CompaniesApi
{
    private static readonly FilterMap<Company> Filters = new FilterMap<Company>("company")
        .Add("id", company => company.Id)
        .Add("name", company => company.Name)
        .Add("displayName", company => company.DisplayName);

    public static IEndpointRouteBuilder MapCompaniesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("companies", ListCompanies)
            .WithName("ErpSandboxListCompanies")
            .WithSummary("Lists the companies; supports $filter on id, name and displayName.");
        return api;
    }

    private static async Task<IResult> ListCompanies(
        ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = Filters.Apply(db.Companies.AsNoTracking(), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var companies = await filtered.Value!.OrderBy(company => company.Name).ToListAsync(cancellationToken);
        return ErpResults.Collection(companies.Select(CompanyResponse.From));
    }
}
