using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>Occurrences that came due while the server was down: a restart on the same SQLite file fires the latest once, or skips them.</summary>
public sealed class TimerMisfireTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Published = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Restarted = new(2026, 11, 25, 11, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestMissed = new(2026, 11, 25, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextAfterRestart = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(Published);

    [Fact]
    public async Task Misfire_FireOnce_StartsOneInstanceForTheLatestMissedOccurrenceAtStartUp()
    {
        await PublishAndStopAsync(TimerWorkflows.Interval("hourly-fire-once", "PT1H", misfire: "fireOnce"));

        _clock.SetUtcNow(Restarted);
        await using var second = await ServerHost.StartAsync(_dataDirectory, _clock);
        await second.WaitHandledAsync("hourly-fire-once", LatestMissed);

        var fired = await second.Client.OccurrenceInstanceAsync("hourly-fire-once", LatestMissed);
        Assert.True(fired.ReportedMisfire());
        Assert.Single(await second.Client.InstanceIdsAsync("hourly-fire-once"));
        await second.WaitArmedAsync("hourly-fire-once", NextAfterRestart);
    }

    [Theory]
    [InlineData("skip", null)]
    [InlineData("default", "Skip")]
    public async Task Misfire_Skip_StartsNothingForMissedOccurrences_AndFiresTheNextOne(string triggerSetting, string? serverSetting)
    {
        await PublishAndStopAsync(TimerWorkflows.Interval("hourly-skip", "PT1H", misfire: triggerSetting));

        _clock.SetUtcNow(Restarted);
        var settings = new Dictionary<string, string?> { ["HealthFlows:Timers:Misfire"] = serverSetting ?? "FireOnce" };
        await using var second = await ServerHost.StartAsync(_dataDirectory, _clock, settings);
        await second.WaitArmedAsync("hourly-skip", NextAfterRestart);
        var afterStart = await second.Client.InstanceIdsAsync("hourly-skip");
        _clock.SetUtcNow(NextAfterRestart);
        await second.WaitHandledAsync("hourly-skip", NextAfterRestart);

        Assert.Empty(afterStart);
        Assert.False((await second.Client.OccurrenceInstanceAsync("hourly-skip", NextAfterRestart)).ReportedMisfire());
        Assert.Single(await second.Client.InstanceIdsAsync("hourly-skip"));
    }

    [Fact]
    public async Task Restart_BeforeTheNextOccurrence_FiresNothingTwice()
    {
        var first = Published.AddHours(1);
        await using (var server = await ServerHost.StartAsync(_dataDirectory, _clock))
        {
            await server.Client.PublishAsync(TimerWorkflows.Interval("hourly-restarted", "PT1H"));
            await server.WaitArmedAsync("hourly-restarted", first);
            _clock.SetUtcNow(first);
            await server.WaitHandledAsync("hourly-restarted", first);
            await server.Client.OccurrenceInstanceAsync("hourly-restarted", first);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _clock.Advance(TimeSpan.FromMinutes(30));
        await using var second = await ServerHost.StartAsync(_dataDirectory, _clock);

        await second.WaitArmedAsync("hourly-restarted", first.AddHours(1));
        Assert.Single(await second.Client.InstanceIdsAsync("hourly-restarted"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task PublishAndStopAsync(System.Text.Json.Nodes.JsonObject workflow)
    {
        await using (var first = await ServerHost.StartAsync(_dataDirectory, _clock))
        {
            await first.Client.PublishAsync(workflow);
            await first.WaitArmedAsync(workflow["definitionId"]!.GetValue<string>(), Published.AddHours(1));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
