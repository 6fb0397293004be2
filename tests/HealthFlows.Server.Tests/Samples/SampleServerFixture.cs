using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>
/// A server with the samples loaded and the hosted ERP sandbox, whose ERP connector retries twice in-process without
/// waiting (the fake clock would otherwise hold every backoff), so an outage outlasts the in-process retries at once.
/// </summary>
/// <remarks>
/// The circuit breaker never opens here. With it, the retries that fall due together when the ERP is back would meet a
/// half-open circuit that lets one through and refuses the rest until their next retry: still exactly once, only later.
/// The breaker has its own tests (tests/HealthFlows.Erp.Tests/Resilience); these are about the workflow.
/// </remarks>
public sealed class SampleServerFixture : IAsyncLifetime
{
    /// <summary>The configured first retry delay of the charge-capture sample (not the default, to show it is read).</summary>
    public const int RetryDelaySeconds = 90;

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public HostedSandbox Sandbox { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await ServerHost.StartAsync(dataDirectory, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:Samples:RetryDelaySeconds"] = RetryDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HealthFlows:Erp:Resilience:MaxRetryAttempts"] = "2",
            ["HealthFlows:Erp:Resilience:RetryDelay"] = "00:00:00",
            ["HealthFlows:Erp:Resilience:CircuitBreakerMinimumThroughput"] = "1000000",
        });
        Sandbox = new HostedSandbox(Host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
