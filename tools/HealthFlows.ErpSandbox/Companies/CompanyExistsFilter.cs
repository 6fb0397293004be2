using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.ErpSandbox.Companies;

/// <summary>Answers 404 for any route under <c>companies({id})</c> whose company does not exist.</summary>
internal sealed class CompanyExistsFilter(KnownCompanies companies) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var exists = Guid.TryParse(http.GetRouteValue("companyId")?.ToString(), out var companyId)
            && (companies.IsKnown(companyId)
                || await companies.LookUpAsync(http.RequestServices.GetRequiredService<ErpSandboxDbContext>(), companyId, http.RequestAborted));
        return exists ? await next(context) : ErpError.NotFound().ToResult();
    }
}
