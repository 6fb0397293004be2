using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>Cron occurrences in a time zone, on a server of their own whose clock starts on the eve of a daylight-saving change.</summary>
public sealed class CronTriggerTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
    private ServerHost? _host;

    [Fact]
    public async Task Cron_SpringForward_FiresTheMissingLocalTimeWhenTheClocksJump()
    {
        // Berlin, 28 March 2027: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist that night.
        var host = await StartAsync(new DateTimeOffset(2027, 3, 27, 0, 0, 0, TimeSpan.Zero));
        await host.Client.PublishAsync(TimerWorkflows.Cron("nightly-berlin", "30 2 * * *", "Europe/Berlin"));
        DateTimeOffset[] expected =
        [
            new(2027, 3, 27, 1, 30, 0, TimeSpan.Zero), // 02:30 CET
            new(2027, 3, 28, 1, 0, 0, TimeSpan.Zero),  // 03:00 CEST, the moment the clocks jump over 02:30
            new(2027, 3, 29, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST
        ];

        await AssertFiresAtAsync(host, "nightly-berlin", expected);
    }

    [Fact]
    public async Task Cron_FallBack_FiresATimeThatHappensTwiceOnce()
    {
        // Berlin, 31 October 2027: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice that night.
        var host = await StartAsync(new DateTimeOffset(2027, 10, 30, 0, 0, 0, TimeSpan.Zero));
        await host.Client.PublishAsync(TimerWorkflows.Cron("nightly-berlin", "0 30 2 * * *", "Europe/Berlin"));
        DateTimeOffset[] expected =
        [
            new(2027, 10, 30, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST
            new(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), // 02:30 CEST, the first of the two
            new(2027, 11, 1, 1, 30, 0, TimeSpan.Zero),  // 02:30 CET
        ];

        await AssertFiresAtAsync(host, "nightly-berlin", expected);
    }

    [Fact]
    public async Task Cron_WithoutATimeZone_UsesTheServersTimeZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var host = await StartAsync(clock);
        await host.Client.PublishAsync(TimerWorkflows.Cron("nightly-local", "0 2 * * *"));

        // 02:00 EST is 07:00 UTC.
        await AssertFiresAtAsync(host, "nightly-local", [new(2027, 1, 10, 7, 0, 0, TimeSpan.Zero), new(2027, 1, 11, 7, 0, 0, TimeSpan.Zero)]);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>Moves the clock to each expected occurrence in turn and checks one instance started for each, and no other.</summary>
    private static async Task AssertFiresAtAsync(ServerHost host, string definitionId, IReadOnlyList<DateTimeOffset> expected)
    {
        foreach (var occurrence in expected)
        {
            await host.WaitArmedAsync(definitionId, occurrence);
            host.Clock.SetUtcNow(occurrence);
            await host.WaitHandledAsync(definitionId, occurrence);
            Assert.Equal(occurrence, (await host.Client.OccurrenceInstanceAsync(definitionId, occurrence)).ReportedOccurrence());
        }

        Assert.Equal(expected.Count, (await host.Client.InstanceIdsAsync(definitionId)).Count);
    }

    private Task<ServerHost> StartAsync(DateTimeOffset start) => StartAsync(new FakeTimeProvider(start));

    private async Task<ServerHost> StartAsync(FakeTimeProvider clock)
    {
        // Without the samples: the nightly cost center sync would fire too as these clocks cross 02:00 UTC.
        _host = await ServerHost.StartAsync(_dataDirectory, clock, new Dictionary<string, string?> { ["HealthFlows:Samples:Load"] = "false" });
        return _host;
    }
}
