using System.Text.Json;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class FaultTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private static WorkflowBuilder NotReadyYet() => new WorkflowBuilder()
        .Variable("ready", false)
        .Variable("result")
        .Node("start", "Start")
        .Node("work", "SetVariable", ("variable", Literal("result")), ("value", Expr("if (!variables.ready) { throw new Error('the ERP is not ready'); } 'posted'")))
        .Connect("start", "Done", "work");

    [Fact]
    public async Task AThrowingActivity_WithoutAFailedConnection_FaultsTheInstanceWithAnIncident()
    {
        var execution = await _engine.StartAsync(NotReadyYet().Build());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        var incident = Assert.Single(execution.NewIncidents);
        Assert.Equal("work", incident.NodeId);
        Assert.Equal("SetVariable", incident.ActivityType);
        Assert.Contains("the ERP is not ready", incident.Message);
        Assert.Equal(JournalEvent.Faulted, execution.NewJournalEntries[^1].Event);
    }

    [Fact]
    public async Task AThrowingActivity_WithAFailedConnection_FollowsItWithTheError()
    {
        var definition = NotReadyYet()
            .Node("handle", "SetVariable", ("variable", Literal("result")), ("value", Expr("'handled: ' + outputs.work.error.message")))
            .Connect("work", "Failed", "handle")
            .Build();

        var execution = await _engine.StartAsync(definition);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Contains("handled: ", execution.Variable("result").GetString());
        Assert.Empty(execution.NewIncidents);
    }

    [Fact]
    public async Task Retry_RunsAgainFromTheFaultedActivity()
    {
        var first = await _engine.StartAsync(NotReadyYet().Build());
        first.Instance.State.Variables["ready"] = JsonSerializer.SerializeToElement(true);

        var retry = _engine.Executor.Begin(first.Instance, first.Definition);
        _engine.Executor.ScheduleRetry(retry);
        await _engine.Executor.RunAsync(retry, TestContext.Current.CancellationToken);

        retry.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(["work"], retry.Path());
        Assert.Equal("posted", retry.Variable("result").GetString());
        Assert.Null(retry.Instance.FinishedAt is null ? "unset" : null);
    }

    [Fact]
    public async Task Fail_FaultsTheInstanceWithItsMessage()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("stop", "Fail", ("message", Expr("'Unknown department ' + input.dept")))
            .Connect("start", "Done", "stop")
            .Build();

        var execution = await _engine.StartAsync(definition, new { dept = "XYZ" });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Equal("Unknown department XYZ", execution.NewIncidents.Single().Message);
    }

    [Fact]
    public async Task AnInputOfTheWrongType_FaultsWithAMessageNamingTheInput()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("check", "If", ("condition", Literal("yes please")))
            .Connect("start", "Done", "check")
            .Build();

        var execution = await _engine.StartAsync(definition);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("Input 'condition'", execution.NewIncidents.Single().Message);
    }

    public void Dispose() => _engine.Dispose();
}
