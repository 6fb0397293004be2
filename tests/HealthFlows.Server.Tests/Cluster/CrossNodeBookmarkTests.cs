using System.Net;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using HealthFlows.Testing;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Cluster;

/// <summary>Two clustered nodes on one PostgreSQL: any node resumes any bookmark, and a bookmark resumes once across them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CrossNodeBookmarkTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly ClusterNodes cluster = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => cluster.InitializeAsync();

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task Resume_OneBookmarkThroughBothNodesAtOnce_ResumesItOnce()
    {
        var (nodeA, nodeB) = (await cluster.StartAsync("node-a"), await cluster.StartAsync("node-b"));
        var (instanceId, bookmarkId) = await StartWaitingAsync(nodeA, "cross-resume");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? nodeA : nodeB).Client.PostAsync($"/api/bookmarks/{bookmarkId}/resume", null, Ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Conflict }));
        var instance = await (await nodeB.Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal(["start", "wait", "wait", "done"], NodesRun(instance));
    }

    [Fact]
    public async Task TimedBookmark_BothNodesSchedulersWakeIt_ResumesOnce()
    {
        var nodeA = await cluster.StartAsync("node-a");
        var (instanceId, _) = await StartWaitingAsync(nodeA, "cross-timer");

        // Started after the wait began, node B reads the open timer at start-up into its own scheduler: both wake it.
        var nodeB = await cluster.StartAsync("node-b");
        cluster.Clock.Advance(TimeSpan.FromSeconds(61));
        var instance = await nodeB.Client.PollInstanceAsync($"/api/workflow-instances/{instanceId}", i => i.GetProperty("status").GetString() == "finished");

        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal(["start", "wait", "wait", "done"], NodesRun(instance));
    }

    [Fact]
    public async Task HttpEndpoint_PublishedOnAnotherNode_IsServedAfterThePublishPoll()
    {
        var (nodeA, nodeB) = (await cluster.StartAsync("node-a"), await cluster.StartAsync("node-b"));
        var before = await nodeB.Client.PostAsync("/workflows/cross-publish", Body(new { n = 1 }), Ct);

        await (await nodeA.Client.SaveAndPublishAsync(HttpWorkflows.Chain("cross-publish", HttpWorkflows.Endpoint("cross-publish")))).ShouldBeOkAsync();
        cluster.Clock.Advance(TimeSpan.FromSeconds(2));
        var after = await PollStatusAsync(nodeB, "/workflows/cross-publish", HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    private static async Task<(string InstanceId, string BookmarkId)> StartWaitingAsync(ServerHost node, string id)
    {
        await (await node.Client.SaveAndPublishAsync(Workflows.Waiting(id))).ShouldBeOkAsync();
        var started = await (await node.Client.PostAsync($"/api/workflow-definitions/{id}/execute", Body(new { }), Ct)).ShouldBeOkAsync();
        var instanceId = started.GetProperty("instanceId").GetString()!;
        var instance = await (await node.Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        return (instanceId, instance.GetProperty("bookmarks")[0].GetProperty("id").GetString()!);
    }

    private static List<string?> NodesRun(JsonElement instance) =>
        [.. instance.GetProperty("journal").EnumerateArray().Select(j => j.GetProperty("nodeId").GetString())];

    /// <summary>Posts until the answer has <paramref name="expected"/> status (the poll runs on its own timer), at most 20 s.</summary>
    private async Task<HttpStatusCode> PollStatusAsync(ServerHost node, string path, HttpStatusCode expected)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var status = (await node.Client.PostAsync(path, Body(new { n = 1 }), Ct)).StatusCode;
            if (status == expected || TimeProvider.System.GetUtcNow() > deadline)
            {
                return status;
            }

            // Each further tick of the publish poll needs the clock to move on.
            cluster.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50, Ct);
        }
    }
}
