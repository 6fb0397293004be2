using HealthFlows.Activities.Http;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the HTTP activities: the HTTP Endpoint trigger, HTTP Response and Wait for HTTP Callback.</summary>
public static class HttpActivities
{
    public static RuntimeBuilder AddHttpActivities(this RuntimeBuilder builder) => builder
        .AddActivity<HttpEndpoint>()
        .AddActivity<HttpResponse>()
        .AddActivity<WaitForHttpCallback>();
}
