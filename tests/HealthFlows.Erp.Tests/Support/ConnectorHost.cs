using HealthFlows.Erp.Authentication;
using HealthFlows.Erp.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Erp.Tests.Support;

/// <summary>
/// The connector as the server composes it (<see cref="ErpServiceCollectionExtensions.AddErpConnector"/>), pointed at a
/// sandbox and timed by the test's clock. Resilience defaults are tightened so a test moves the clock by known amounts.
/// </summary>
public sealed class ConnectorHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ConnectorHost(ServiceProvider services) => this.services = services;

    public IErpConnector Connector => services.GetRequiredService<IErpConnector>();

    public ClientCredentialsTokenSource Tokens => services.GetRequiredService<ClientCredentialsTokenSource>();

    public static ConnectorHost For(
        SandboxServer sandbox, TimeProvider clock, Action<ErpOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(clock);
        collection.AddErpConnector(options =>
        {
            options.BaseUrl = sandbox.ApiUrl;
            options.TokenUrl = sandbox.TokenUrl;
            options.ClientId = SandboxServer.ClientId;
            options.ClientSecret = SandboxServer.ClientSecret;
            options.CompanyId = SandboxServer.CompanyId;
            options.Resilience.UseJitter = false;
            options.Resilience.RetryDelay = TimeSpan.FromSeconds(1);
            configure?.Invoke(options);
        });
        configureServices?.Invoke(collection);
        return new ConnectorHost(collection.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>A client signed with the connector's current token, addressed at the sandbox company (for arranging ERP state by hand).</summary>
    public async Task<HttpClient> CompanyClientAsync(SandboxServer sandbox)
    {
        var client = new HttpClient { BaseAddress = new Uri(sandbox.ApiUrl, $"companies({SandboxServer.CompanyId})/") };
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Tokens.GetTokenAsync(TestContext.Current.CancellationToken));
        return client;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
