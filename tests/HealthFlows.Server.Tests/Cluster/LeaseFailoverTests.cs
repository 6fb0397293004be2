using System.Text.Json;
using HealthFlows.Activities;
using HealthFlows.Persistence;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Leases;
using HealthFlows.Server.Cluster;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using HealthFlows.Testing;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Cluster;

/// <summary>
/// A node accepts work (its instance saved Running, leased to it) and dies before running it; a live node takes the
/// instance over once the lease lapses, not before. Time is the shared fake clock.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LeaseFailoverTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly ClusterNodes cluster = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => cluster.InitializeAsync();

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task SweepAsync_BeforeTheDeadNodesLeaseLapsed_LeavesTheInstanceUntilItHas()
    {
        var live = await cluster.StartAsync("node-live");
        await (await live.Client.SaveAndPublishAsync(Workflows.Threshold("failover-sweep"))).ShouldBeOkAsync();
        var instanceId = await EnqueueOnADeadNodeAsync("failover-sweep");
        var sweeper = live.Services.GetRequiredService<LeaseSweeper>();

        cluster.Clock.Advance(ClusterNodes.LeaseDuration - TimeSpan.FromSeconds(1));
        var early = await sweeper.SweepAsync(Ct);
        var stillWaiting = await (await live.Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        cluster.Clock.Advance(TimeSpan.FromSeconds(2));
        var finished = await live.Client.PollInstanceAsync($"/api/workflow-instances/{instanceId}", i => i.GetProperty("status").GetString() == "finished");

        Assert.DoesNotContain(instanceId, early);
        Assert.Equal("running", stillWaiting.GetProperty("status").GetString());
        Assert.Equal("completed", finished.GetProperty("subStatus").GetString());
        Assert.Equal("big", finished.GetProperty("output").GetProperty("label").GetString());
    }

    [Fact]
    public async Task LeaseSweeper_ClockPassesTheLapsedLease_ItsTimerRunsTheInstanceOnTheLiveNode()
    {
        var live = await cluster.StartAsync("node-live");
        await (await live.Client.SaveAndPublishAsync(Workflows.Threshold("failover-timer"))).ShouldBeOkAsync();
        var instanceId = await EnqueueOnADeadNodeAsync("failover-timer");

        cluster.Clock.Advance(ClusterNodes.LeaseDuration + TimeSpan.FromSeconds(5));
        var finished = await live.Client.PollInstanceAsync($"/api/workflow-instances/{instanceId}", i => i.GetProperty("status").GetString() == "finished");

        Assert.Equal("completed", finished.GetProperty("subStatus").GetString());
        var journal = finished.GetProperty("journal").EnumerateArray().Select(j => j.GetProperty("nodeId").GetString()).ToList();
        Assert.Equal(["start", "check", "big"], journal);
    }

    [Fact]
    public async Task StartAsync_NodeRestartsWithTheSameId_TakesItsOwnLeasesBackAtOnce()
    {
        var other = await cluster.StartAsync("node-other");
        await (await other.Client.SaveAndPublishAsync(Workflows.Threshold("failover-restart"))).ShouldBeOkAsync();
        var instanceId = await EnqueueOnADeadNodeAsync("failover-restart", nodeId: "node-back");
        cluster.Clock.Advance(TimeSpan.FromSeconds(1));

        var restarted = await cluster.StartAsync("node-back");
        var finished = await restarted.Client.PollInstanceAsync($"/api/workflow-instances/{instanceId}", i => i.GetProperty("status").GetString() == "finished");

        Assert.Equal("completed", finished.GetProperty("subStatus").GetString());
    }

    /// <summary>
    /// A node that saves an instance with its start queued (as the async HTTP trigger and MLLP do) and dies before
    /// running it: the engine and stores of a process with its own node id, disposed without dispatching.
    /// </summary>
    private async Task<string> EnqueueOnADeadNodeAsync(string definitionId, string nodeId = "node-dead")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(cluster.Clock);
        services.AddHealthFlowsRuntime().AddControlFlowActivities();
        services.AddHealthFlowsPersistence(new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = cluster.ConnectionString });
        services.Configure<LeaseOptions>(leases =>
        {
            leases.NodeId = nodeId;
            leases.Duration = ClusterNodes.LeaseDuration;
        });
        await using var dead = services.BuildServiceProvider();
        await using var scope = dead.CreateAsyncScope();
        var version = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().GetPublishedAsync(definitionId, Ct);
        var queued = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
            .EnqueueAsync(version!, JsonSerializer.Deserialize<JsonElement>("""{"n":42}"""), null, Ct);

        Assert.Equal(WorkflowStatus.Running, queued.Instance?.Status);
        Assert.Equal(new InstanceLease(nodeId, cluster.Clock.GetUtcNow() + ClusterNodes.LeaseDuration), queued.Instance?.Lease);
        return queued.Instance!.Id;
    }
}
