using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Erp;

/// <summary>
/// The embedded default (the connector posting to the hosted sandbox) with retries off, so an outage answers Unavailable
/// at once instead of waiting on the server's fake clock.
/// </summary>
public sealed class ErpServerFixture : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await ServerHost.StartAsync(
        dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:Erp:Resilience:MaxRetryAttempts"] = "0" });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
