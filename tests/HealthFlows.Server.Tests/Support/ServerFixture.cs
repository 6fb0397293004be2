namespace HealthFlows.Server.Tests.Support;

/// <summary>One server per test class, over a fresh data directory deleted afterwards.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public HttpClient Client => Host.Client;

    public async ValueTask InitializeAsync() => Host = await ServerHost.StartAsync(_dataDirectory);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
