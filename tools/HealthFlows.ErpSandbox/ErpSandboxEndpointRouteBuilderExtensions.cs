using HealthFlows.ErpSandbox.Auth;
using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Customers;
using HealthFlows.ErpSandbox.Dimensions;
using HealthFlows.ErpSandbox.Faults;
using HealthFlows.ErpSandbox.ItemLedgerEntries;
using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.PurchaseOrders;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Stats;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox;

/// <summary>Maps the ERP sandbox's routes.</summary>
public static class ErpSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sandbox under <paramref name="prefix"/> (for example <c>/sandbox/erp</c>): <c>oauth2/token</c>,
    /// <c>api/v2.0/...</c> (bearer token required, faults applied), <c>faults</c> and <c>stats</c>.
    /// </summary>
    /// <returns>The group of every sandbox route, for further conventions such as <c>ExcludeFromDescription()</c>.</returns>
    public static RouteGroupBuilder MapErpSandbox(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        // The sandbox checks its own bearer tokens; the host's authorization policies (API keys, say) are not for it.
        var sandbox = endpoints.MapGroup(prefix).WithTags("ERP sandbox").AllowAnonymous();
        sandbox.MapTokenApi();
        sandbox.MapFaultsApi();
        sandbox.MapStatsApi();

        var api = sandbox.MapGroup("api/v2.0")
            .AddEndpointFilter<FaultInjectionFilter>()
            .AddEndpointFilter<BearerTokenFilter>();
        api.MapCompaniesApi();
        api.MapFallback("{**path}", () => new ErpError(StatusCodes.Status404NotFound, "BadRequest_ResourceNotFound",
            "The requested resource was not found.").ToResult());

        var company = api.MapGroup("companies({companyId:guid})")
            .AddEndpointFilter<OpenConnectionFilter>()
            .AddEndpointFilter<CompanyExistsFilter>();
        company.MapCustomersApi();
        company.MapDimensionsApi();
        company.MapSalesInvoicesApi();
        company.MapSalesInvoiceLinesApi();
        company.MapItemsApi();
        company.MapItemLedgerEntriesApi();
        company.MapPurchaseOrdersApi();
        return sandbox;
    }
}
