using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Reliability;

public sealed class QueueRetryRestartTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueueRetry_ServerRestartsDuringTheWait_ANewProcessRetriesWhenDueAndCompletes()
    {
        string instanceId;
        await using (var first = await ServerHost.StartAsync(_dataDirectory, _clock))
        {
            await PublishAsync(first, RetryWorkflows.FlakyPost("restart-retry", schedule: [60, 300]));
            instanceId = await StartAsync(first, "restart-retry", erpUpIn: TimeSpan.FromMinutes(3));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = await ServerHost.StartAsync(_dataDirectory, _clock);

        _clock.Advance(TimeSpan.FromSeconds(59));
        await ResumeDueAsync(second);
        Assert.Equal(1, PostAttempts(await GetInstanceAsync(second, instanceId)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await ResumeDueAsync(second);
        var waitingAgain = await GetInstanceAsync(second, instanceId);
        Assert.Equal(2, PostAttempts(waitingAgain));
        Assert.Equal("suspended", waitingAgain.GetProperty("status").GetString());
        _clock.Advance(TimeSpan.FromMinutes(5));
        await ResumeDueAsync(second);

        var finished = await GetInstanceAsync(second, instanceId);
        Assert.Equal("completed", finished.GetProperty("subStatus").GetString());
        Assert.Equal(3, PostAttempts(finished));
    }

    [Fact]
    public async Task Replay_AfterARestart_ResumesTheDeadLetteredInstance()
    {
        string deadLetterId;
        await using (var first = await ServerHost.StartAsync(_dataDirectory, _clock))
        {
            await PublishAsync(first, RetryWorkflows.FlakyPost("restart-dead-letter", schedule: []));
            await StartAsync(first, "restart-dead-letter", erpUpIn: TimeSpan.FromMinutes(30));
            var list = await (await first.Client.GetAsync("/api/dead-letters?status=pending", Ct)).ShouldBeOkAsync();
            deadLetterId = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = await ServerHost.StartAsync(_dataDirectory, _clock);
        _clock.Advance(TimeSpan.FromHours(1));

        var replayed = await (await second.Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("replayed", replayed.GetProperty("deadLetter").GetProperty("status").GetString());
        Assert.Equal("completed", replayed.GetProperty("execution").GetProperty("subStatus").GetString());
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

    private static async Task PublishAsync(ServerHost host, System.Text.Json.Nodes.JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        await (await host.Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);
        await (await host.Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<string> StartAsync(ServerHost host, string definitionId, TimeSpan erpUpIn)
    {
        var input = new { erpUpAt = _clock.GetUtcNow().Add(erpUpIn).ToString("O"), messageId = "MSG-9" };
        var started = await (await host.Client.PostAsync($"/api/workflow-definitions/{definitionId}/execute", Body(input), Ct)).ShouldBeOkAsync();
        Assert.Equal("suspended", started.GetProperty("status").GetString());
        return started.GetProperty("instanceId").GetString()!;
    }

    private static async Task<JsonElement> GetInstanceAsync(ServerHost host, string id) =>
        await (await host.Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

    private static async Task ResumeDueAsync(ServerHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueBookmarkResumer>().ResumeDueAsync(1000, Ct);
    }

    private static int PostAttempts(JsonElement instance) =>
        instance.GetProperty("journal").EnumerateArray().Count(e => e.GetProperty("nodeId").GetString() == "post");
}
