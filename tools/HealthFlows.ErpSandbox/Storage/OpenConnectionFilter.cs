using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>
/// Holds the request's database connection open while the endpoint runs. EF otherwise opens and closes it around each
/// query, and every open of a pooled SQLite connection registers EF's functions again (charge-capture profile).
/// </summary>
internal sealed class OpenConnectionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var database = context.HttpContext.RequestServices.GetRequiredService<ErpSandboxDbContext>().Database;
        await database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
