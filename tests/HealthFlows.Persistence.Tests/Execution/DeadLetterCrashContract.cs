using HealthFlows.Activities;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Execution;

/// <summary>A Queue Retry dead-letters inside a burst, before the commit: a burst run again after a crash must not write a second one.</summary>
public abstract class DeadLetterCrashContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string FailingJson = """
        {
          "schemaVersion": 1,
          "definitionId": "failing",
          "name": "Always failing",
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "post", "type": "Log", "inputs": { "message": { "mode": "expression", "value": "(() => { throw new Error('ERP unavailable'); })()" } } },
            { "id": "retry", "type": "QueueRetry", "inputs": {
                "schedule": { "mode": "literal", "value": [] },
                "error": { "mode": "expression", "value": "outputs.post.error" },
                "payload": { "mode": "expression", "value": "input" } } }
          ],
          "connections": [
            { "source": "start", "outcome": "Done", "target": "post" },
            { "source": "post", "outcome": "Failed", "target": "retry" },
            { "source": "retry", "outcome": "Retry", "target": "post" }
          ]
        }
        """;

    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeadLettering_BurstRunAgainAfterACrash_WritesTheDeadLetterOnce()
    {
        await using var process = Process();
        var version = await PublishAsync(process);
        var executor = process.GetRequiredService<WorkflowExecutor>();
        var instanceId = TestData.NewId("inst");

        // The first burst dead-letters, then the process "stops" before the commit; the second burst redoes the same work.
        await RunBurstAsync(executor, NewInstance(instanceId, version));
        var replay = await RunBurstAsync(executor, NewInstance(instanceId, version));
        await process.GetRequiredService<IWorkflowInstanceStore>().CommitAsync(
            new InstanceCommit(replay.Instance, replay.NewJournalEntries, replay.NewIncidents, replay.CreatedBookmarks, replay.RemovedBookmarkIds), Token);

        var deadLetters = await process.GetRequiredService<IDeadLetterStore>().ListAsync(new DeadLetterQuery(DefinitionId: version.DefinitionId), Token);
        var deadLetter = Assert.Single(deadLetters.Items);
        Assert.Equal(instanceId, deadLetter.InstanceId);
        Assert.EndsWith("ERP unavailable", Assert.Single(deadLetter.Errors).Error?.GetProperty("message").GetString());
        var bookmark = Assert.Single(replay.CreatedBookmarks);
        Assert.Equal(DeadLetterBookmarks.Name, bookmark.Name);
        Assert.Equal(deadLetter.Id, bookmark.CorrelationKey);
    }

    private async Task<WorkflowExecution> RunBurstAsync(WorkflowExecutor executor, WorkflowInstance instance)
    {
        var definition = (await fixture.Definitions.GetPublishedAsync(instance.DefinitionId, Token))!.Definition;
        var execution = executor.Begin(instance, definition);
        executor.ScheduleStart(execution);
        await executor.RunAsync(execution, Token);
        return execution;
    }

    private WorkflowInstance NewInstance(string id, WorkflowDefinitionVersion version) => new()
    {
        Id = id,
        DefinitionId = version.DefinitionId,
        Version = version.Version,
        Input = TestData.Json("""{"messageId":"MSG-5"}"""),
        CreatedAt = clock.GetUtcNow(),
        UpdatedAt = clock.GetUtcNow(),
    };

    private static async Task<WorkflowDefinitionVersion> PublishAsync(IServiceProvider process)
    {
        await using var scope = process.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        var model = WorkflowJson.Deserialize(FailingJson);
        model.DefinitionId = TestData.NewId("failing");
        Assert.True((await definitions.CreateAsync(model, Token)).Succeeded);
        return (await definitions.PublishAsync(model.DefinitionId, null, Token)).Value!;
    }

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
