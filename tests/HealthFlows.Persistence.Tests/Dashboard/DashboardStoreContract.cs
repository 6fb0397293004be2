using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Dashboard;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Persistence.Tests.Dashboard;

/// <summary>What every <see cref="IDashboardStore"/> must compute, run against each provider. Each test uses its own day, far from the others'.</summary>
public abstract class DashboardStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_InstancesInTheWindow_AreCountedPerHourBySubStatus()
    {
        var t0 = TestData.Epoch.AddDays(10);
        var definitionId = TestData.NewId("def");
        await AddAsync(definitionId, t0.AddMinutes(5), WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        await AddAsync(definitionId, t0.AddMinutes(59), WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        await AddAsync(definitionId, t0.AddMinutes(30), WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        await AddAsync(definitionId, t0.AddHours(2), WorkflowStatus.Running, WorkflowSubStatus.Executing);
        await AddAsync(definitionId, t0.AddHours(2).AddMinutes(10), WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        await AddAsync(definitionId, t0.AddHours(2).AddMinutes(20), WorkflowStatus.Finished, WorkflowSubStatus.Cancelled);
        await AddAsync(definitionId, t0.AddMinutes(-1), WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        await AddAsync(definitionId, t0.AddHours(3), WorkflowStatus.Finished, WorkflowSubStatus.Faulted);

        var snapshot = await fixture.Dashboard.GetAsync(new DashboardQuery(t0.AddMinutes(1), t0.AddHours(3)), Token);

        Assert.Equal(
            [
                new HourlyInstanceCounts(t0, 0, 0, 2, 1, 0),
                new HourlyInstanceCounts(t0.AddHours(1), 0, 0, 0, 0, 0),
                new HourlyInstanceCounts(t0.AddHours(2), 1, 1, 0, 0, 1),
            ],
            snapshot.Hours);
    }

    [Fact]
    public async Task GetAsync_AWeekLongWindow_CountsTheLastHourToo()
    {
        var t0 = TestData.Epoch.AddDays(20);
        await AddAsync(TestData.NewId("def"), t0.AddDays(7).AddMinutes(-1), WorkflowStatus.Finished, WorkflowSubStatus.Completed);

        var snapshot = await fixture.Dashboard.GetAsync(new DashboardQuery(t0, t0.AddDays(7)), Token);

        Assert.Equal(168, snapshot.Hours.Count);
        Assert.Equal(1, snapshot.Hours[^1].Completed);
        Assert.Equal(1, snapshot.Hours.Sum(h => h.Total));
    }

    [Fact]
    public async Task GetAsync_JournalInTheWindow_RanksStepsByAverageDurationPerWorkflowNode()
    {
        var t0 = TestData.Epoch.AddDays(30);
        var definitionId = TestData.NewId("def");
        var first = await AddAsync(definitionId, t0, WorkflowStatus.Finished, WorkflowSubStatus.Completed,
            Step(1, "post", "PostErpInvoice", 900, t0), Step(2, "parse", "ParseAdt", 10, t0));
        await AddAsync(definitionId, t0.AddMinutes(5), WorkflowStatus.Finished, WorkflowSubStatus.Completed,
            Step(1, "post", "PostErpInvoice", 300, t0.AddMinutes(5)), Step(2, "parse", "ParseAdt", 30, t0.AddMinutes(5)));
        await AddAsync(definitionId, t0.AddHours(-2), WorkflowStatus.Finished, WorkflowSubStatus.Completed,
            Step(1, "parse", "ParseAdt", 99_000, t0.AddHours(-2)));

        var snapshot = await fixture.Dashboard.GetAsync(new DashboardQuery(t0, t0.AddHours(1), SlowestStepCount: 5), Token);

        Assert.Equal(
            [new StepDuration(definitionId, "post", "PostErpInvoice", 2, 600, 900), new StepDuration(definitionId, "parse", "ParseAdt", 2, 20, 30)],
            snapshot.SlowestSteps);
        Assert.Equal(first.DefinitionId, snapshot.SlowestSteps[0].DefinitionId);
    }

    [Fact]
    public async Task GetAsync_DeadLettersAndSuspendedInstances_AreCountedNowAndTheOldestNamed()
    {
        var t0 = TestData.Epoch.AddDays(40);
        var before = await fixture.Dashboard.GetAsync(new DashboardQuery(t0, t0.AddHours(1)), Token);
        var oldest = await AddAsync(TestData.NewId("def"), TestData.Epoch.AddYears(-5), WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        await AddAsync(TestData.NewId("def"), t0.AddMinutes(1), WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        await AddDeadLetterAsync(t0.AddMinutes(2));
        await AddDeadLetterAsync(t0.AddDays(-3));
        var resolved = await AddDeadLetterAsync(t0.AddMinutes(3));
        await fixture.DeadLetters.ResolveAsync(resolved, DeadLetterStatus.Discarded, t0.AddMinutes(4), Token);

        var after = await fixture.Dashboard.GetAsync(new DashboardQuery(t0, t0.AddHours(1)), Token);

        Assert.Equal(before.SuspendedCount + 2, after.SuspendedCount);
        Assert.Equal(before.PendingDeadLetters + 2, after.PendingDeadLetters);
        Assert.Equal(2, after.DeadLettersInRange);
        Assert.Equal(new SuspendedInstance(oldest.Id, oldest.DefinitionId, 1, oldest.Name, oldest.CreatedAt, oldest.UpdatedAt), after.OldestSuspended);
    }

    private static JournalEntry Step(int sequence, string nodeId, string activityType, double durationMs, DateTimeOffset startedAt) => new()
    {
        InstanceId = "",
        Sequence = sequence,
        NodeId = nodeId,
        ActivityType = activityType,
        Event = JournalEvent.Completed,
        Kind = WorkItemKind.Execute,
        Outcomes = ["Done"],
        StartedAt = startedAt,
        DurationMs = durationMs,
    };

    private async Task<WorkflowInstance> AddAsync(
        string definitionId, DateTimeOffset createdAt, WorkflowStatus status, WorkflowSubStatus subStatus, params JournalEntry[] journal)
    {
        var instance = TestData.Instance(definitionId, createdAt, status: status, subStatus: subStatus);
        foreach (var entry in journal)
        {
            entry.InstanceId = instance.Id;
        }

        await fixture.Instances.CommitAsync(TestData.Commit(instance, journal), Token);
        return instance;
    }

    private async Task<string> AddDeadLetterAsync(DateTimeOffset createdAt)
    {
        var instanceId = TestData.NewId("inst");
        var deadLetter = new DeadLetter
        {
            Id = DeadLetterIds.For(instanceId, "retry", null, 0),
            InstanceId = instanceId,
            DefinitionId = TestData.NewId("def"),
            DefinitionVersion = 1,
            NodeId = "retry",
            RetriedNodeId = "post",
            Errors = [],
            CreatedAt = createdAt,
        };
        Assert.True(await fixture.DeadLetters.AddAsync(deadLetter, Token));
        return deadLetter.Id;
    }
}
