using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.ErpSandbox.Companies;

/// <summary>Answers 404 for any route under <c>companies({id})</c> whose company does not exist.</summary>
internal sealed class CompanyExistsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<ErpSandboxDbContext>();
        var exists = Guid.TryParse(http.GetRouteValue("companyId")?.ToString(), out var companyId)
            && await db.Companies.AnyAsync(company => company.Id == companyId, http.RequestAborted);
        return exists ? await next(context) : ErpError.NotFound().ToResult();
    }
}
