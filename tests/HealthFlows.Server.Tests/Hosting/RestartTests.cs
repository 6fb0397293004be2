using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Hosting;

public sealed class RestartTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterARestart_InstancesAndJournalsRemain_AndANewProcessResumesTheirBookmarks()
    {
        string instanceId;
        string bookmarkId;
        await using (var first = await ServerHost.StartAsync(_dataDirectory))
        {
            await (await first.Client.PostAsync("/api/workflow-definitions", Body(Workflows.Waiting("survivor")), Ct)).ShouldBeOkAsync(201);
            await (await first.Client.PostAsync("/api/workflow-definitions/survivor/publish", null, Ct)).ShouldBeOkAsync();
            var started = await (await first.Client.PostAsync("/api/workflow-definitions/survivor/execute", Body(new { }), Ct)).ShouldBeOkAsync();
            instanceId = started.GetProperty("instanceId").GetString()!;
            var instance = await (await first.Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
            bookmarkId = instance.GetProperty("bookmarks")[0].GetProperty("id").GetString()!;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = await ServerHost.StartAsync(_dataDirectory);

        var reloaded = await (await second.Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("suspended", reloaded.GetProperty("status").GetString());
        Assert.Equal(2, reloaded.GetProperty("journal").GetArrayLength());
        var resumed = await (await second.Client.PostAsync($"/api/bookmarks/{bookmarkId}/resume", null, Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", resumed.GetProperty("subStatus").GetString());
        var definitions = await (await second.Client.GetAsync("/api/workflow-definitions?search=survivor", Ct)).ShouldBeOkAsync();
        Assert.Equal(1, definitions.GetProperty("totalCount").GetInt32());
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
}
