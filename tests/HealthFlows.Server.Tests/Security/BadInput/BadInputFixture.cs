using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security.BadInput;

/// <summary>One server (samples loaded) and its OpenAPI document for the whole bad-input walk.</summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public ApiDocument Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // The walk calls sign-in far more often than the per-address limit allows.
        Host = await ServerHost.StartAsync(_dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:RateLimits:SignIn:PermitLimit"] = "0" });
        Api = await ApiDocument.LoadAsync(Host.Client);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
