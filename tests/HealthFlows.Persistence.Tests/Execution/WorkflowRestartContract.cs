using System.Text.Json;
using HealthFlows.Activities;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Execution;

/// <summary>The engine over the EF stores: an instance suspended by one process is resumed by a new one on the same database.</summary>
public abstract class WorkflowRestartContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string ReminderJson = """
        {
          "schemaVersion": 1,
          "definitionId": "reminder",
          "name": "Reminder",
          "variables": [ { "name": "note", "type": "string" } ],
          "nodes": [
            { "id": "start", "type": "Start", "position": { "x": 0, "y": 0 } },
            { "id": "wait", "type": "Delay", "position": { "x": 200, "y": 0 },
              "inputs": { "duration": { "mode": "expression", "value": "input.seconds" } } },
            { "id": "remind", "type": "Log", "position": { "x": 400, "y": 0 },
              "inputs": { "message": { "mode": "expression", "value": "'Reminder: ' + input.note" } } },
            { "id": "stamp", "type": "SetVariable", "position": { "x": 600, "y": 0 },
              "inputs": { "variable": { "mode": "literal", "value": "note" }, "value": { "mode": "expression", "value": "input.note" } } }
          ],
          "connections": [
            { "source": "start", "outcome": "Done", "target": "wait" },
            { "source": "wait", "outcome": "Done", "target": "remind" },
            { "source": "remind", "outcome": "Done", "target": "stamp" }
          ]
        }
        """;

    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResumeDueAsync_InstanceSuspendedBeforeARestart_FinishesInTheNewProcess()
    {
        string instanceId;
        await using (var first = Process())
        {
            await using var scope = first.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            var model = WorkflowJson.Deserialize(ReminderJson);
            model.DefinitionId = TestData.NewId("reminder");
            Assert.True((await definitions.CreateAsync(model, Token)).Succeeded);
            var published = (await definitions.PublishAsync(model.DefinitionId, null, Token)).Value!;

            var started = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
                .StartAsync(published, TestData.Json("""{"seconds":30,"note":"check the ERP"}"""), "order-9", Token);

            Assert.Equal(WorkflowStatus.Suspended, started.Instance?.Status);
            instanceId = started.Instance!.Id;
        }

        clock.Advance(TimeSpan.FromSeconds(31));
        await using var second = Process();
        await using var restarted = second.CreateAsyncScope();

        var resumed = await restarted.ServiceProvider.GetRequiredService<DueBookmarkResumer>().ResumeDueAsync(10, Token);

        var store = restarted.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await store.FindAsync(instanceId, Token);
        var journal = await store.GetJournalAsync(instanceId, Token);
        Assert.Equal(1, resumed);
        Assert.Equal(WorkflowSubStatus.Completed, instance?.SubStatus);
        Assert.Equal("check the ERP", instance!.State.Variables["note"].GetString());
        Assert.Empty(instance.State.Bookmarks);
        Assert.Equal(["start", "wait", "wait", "remind", "stamp"], journal.Select(j => j.NodeId));
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.Empty(await restarted.ServiceProvider.GetRequiredService<IBookmarkStore>().ListDueAsync(clock.GetUtcNow(), 10, Token));
    }

    /// <summary>A process of the engine: the runtime with the control-flow activities over the fixture's database.</summary>
    private ServiceProvider Process()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHealthFlowsRuntime().AddControlFlowActivities().AddReliabilityActivities();
        services.AddHealthFlowsPersistence(fixture.Options);
        return services.BuildServiceProvider();
    }
}
