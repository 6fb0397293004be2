using HealthFlows.Erp.Authentication;
using HealthFlows.Erp.BusinessCentral;
using HealthFlows.Erp.Configuration;
using HealthFlows.Erp.Resilience;
using HealthFlows.Erp.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthFlows.Erp;

/// <summary>Registers the Business Central connector as <see cref="IErpConnector"/>.</summary>
public static class ErpServiceCollectionExtensions
{
    /// <summary>The name of the ERP's <see cref="HttpClient"/> and of its resilience pipeline.</summary>
    public const string HttpClientName = "HealthFlows.Erp";

    /// <summary>
    /// Adds the connector: validated <see cref="ErpOptions"/>, the token source, and an <see cref="HttpClient"/> with the
    /// resilience handler (timed by the container's <see cref="TimeProvider"/>), the replay guard and the bearer token.
    /// </summary>
    public static OptionsBuilder<ErpOptions> AddErpConnector(this IServiceCollection services, Action<ErpOptions>? configure = null)
    {
        var options = services.AddOptions<ErpOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ErpOptions>, ErpOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ClientCredentialsTokenSource>();
        services.TryAddTransient<BearerTokenHandler>();
        services.TryAddTransient<ReplayGuardHandler>();
        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName);

        // Outermost first: the pipeline retries whole attempts; each attempt checks for an earlier one's effect, then signs.
        // The pipeline's total timeout governs; HttpClient's own 100 s would cut it short.
        var client = services.AddHttpClient<BusinessCentralConnector>(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(HttpClientName, (pipeline, context) =>
            pipeline.AddErpResilience(context.ServiceProvider.GetRequiredService<IOptions<ErpOptions>>().Value.Resilience));
        client.AddHttpMessageHandler<ReplayGuardHandler>().AddHttpMessageHandler<BearerTokenHandler>();
        services.TryAddSingleton<ErpMetrics>();
        services.TryAddTransient<IErpConnector>(provider => new MeteredErpConnector(
            provider.GetRequiredService<BusinessCentralConnector>(), provider.GetRequiredService<ErpMetrics>(), provider.GetRequiredService<TimeProvider>()));
        return options;
    }
}
