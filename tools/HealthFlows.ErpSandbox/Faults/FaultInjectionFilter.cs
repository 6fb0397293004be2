using System.Globalization;
using HealthFlows.ErpSandbox.OData;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.ErpSandbox.Faults;

/// <summary>Applies the injected faults to every API call: latency first, then an outage (503), then throttling (429 with Retry-After).</summary>
internal sealed class FaultInjectionFilter(FaultState faults) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var latency = faults.Current().Latency;
        if (latency > TimeSpan.Zero)
            await faults.DelayAsync(latency, context.HttpContext.RequestAborted);

        var current = faults.Current();
        if (current.UnavailableFor > TimeSpan.Zero)
            return new ErpError(StatusCodes.Status503ServiceUnavailable, "Internal_ServiceUnavailable",
                "The service is temporarily unavailable (injected outage).").ToResult();
        if (current.Status429For > TimeSpan.Zero)
        {
            var retryAfter = Math.Max(1, FaultStatus.WholeSeconds(current.Status429For));
            context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = retryAfter.ToString(CultureInfo.InvariantCulture);
            return new ErpError(StatusCodes.Status429TooManyRequests, "Application_TooManyRequests",
                "Too many requests reached (injected throttling).").ToResult();
        }
        return await next(context);
    }
}
