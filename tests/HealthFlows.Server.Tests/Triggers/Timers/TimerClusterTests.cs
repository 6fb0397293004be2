using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using HealthFlows.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>Two servers on one PostgreSQL database, both scheduling the same timer: each occurrence starts one instance.</summary>
public sealed class TimerClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly List<string> _dataDirectories = [];
    private readonly List<ServerHost> _hosts = [];

    [Fact]
    public async Task TwoServersOnOneDatabase_StartExactlyOneInstancePerOccurrence()
    {
        var connectionString = postgres.ConnectionString(await postgres.CreateDatabaseAsync("timers"));
        var first = await StartNodeAsync(connectionString);
        await first.Client.PublishAsync(TimerWorkflows.Interval("cluster-tick", "PT5M"));
        // The second node reads the published set from the database at start-up.
        var second = await StartNodeAsync(connectionString);
        var occurrences = Enumerable.Range(1, 3).Select(i => Start.AddMinutes(5 * i)).ToList();

        foreach (var occurrence in occurrences)
        {
            await first.WaitArmedAsync("cluster-tick", occurrence);
            await second.WaitArmedAsync("cluster-tick", occurrence);
            first.Clock.SetUtcNow(occurrence);
            second.Clock.SetUtcNow(occurrence);
            await first.WaitHandledAsync("cluster-tick", occurrence);
            await second.WaitHandledAsync("cluster-tick", occurrence);
        }

        foreach (var occurrence in occurrences)
        {
            Assert.Equal(occurrence, (await first.Client.OccurrenceInstanceAsync("cluster-tick", occurrence)).ReportedOccurrence());
        }

        Assert.Equal(occurrences.Count, (await first.Client.InstanceIdsAsync("cluster-tick")).Count);
        Assert.Equal(occurrences.Count, (await second.Client.InstanceIdsAsync("cluster-tick")).Count);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in _dataDirectories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<ServerHost> StartNodeAsync(string connectionString)
    {
        var directory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        _dataDirectories.Add(directory);
        var host = await ServerHost.StartAsync(directory, new FakeTimeProvider(Start), new Dictionary<string, string?>
        {
            ["HealthFlows:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:HealthFlows"] = connectionString,
            // Nodes sharing a database share the payload encryption key (each would otherwise make its own key file).
            ["HealthFlows:Encryption:Keys:timer-cluster-test"] = "dGltZXItY2x1c3Rlci10ZXN0LWtleS0zMi1ieXRlcyE=",
        });
        _hosts.Add(host);
        return host;
    }
}
