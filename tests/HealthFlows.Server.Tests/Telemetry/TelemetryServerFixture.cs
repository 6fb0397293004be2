using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace HealthFlows.Server.Tests.Telemetry;

/// <summary>A server (samples and hosted ERP sandbox loaded) whose log events are captured.</summary>
public sealed class TelemetryServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public CapturedLogEvents Logs { get; } = new();

    public ServerHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Host = await ServerHost.StartAsync(_dataDirectory, services: services => services.AddSingleton<ILogEventSink>(Logs));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
