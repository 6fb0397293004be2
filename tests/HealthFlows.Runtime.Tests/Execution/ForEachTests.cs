using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class ForEachTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public async Task ForEach_RunsItsBodyOncePerItem_ThenFollowsDone()
    {
        var definition = new WorkflowBuilder()
            .Variable("total", 0)
            .Variable("after", false)
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("input.charges")))
            .Node("add", "SetVariable", ("variable", Literal("total")), ("value", Expr("variables.total + outputs.loop.currentItem.amount")))
            .Node("done", "SetVariable", ("variable", Literal("after")), ("value", Literal(true)))
            .Connect("start", "Done", "loop")
            .Connect("loop", "Iterate", "add")
            .Connect("loop", "Done", "done")
            .Build();

        var execution = await _engine.StartAsync(definition, new { charges = new object[] { new { amount = 10 }, new { amount = 20 }, new { amount = 12.5 } } });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(42.5, execution.Variable("total").GetDouble());
        Assert.True(execution.Variable("after").GetBoolean());
        Assert.Equal(3, execution.Path().Count(n => n == "add"));
        Assert.Empty(execution.Instance.State.Scopes);
    }

    [Fact]
    public async Task ForEach_Nested_RunsTheInnerBodyForEveryPair()
    {
        var definition = new WorkflowBuilder()
            .Variable("pairs", 0)
            .Node("start", "Start")
            .Node("outer", "ForEach", ("items", Expr("[1, 2, 3]")))
            .Node("inner", "ForEach", ("items", Expr("['a', 'b']")))
            .Node("count", "SetVariable", ("variable", Literal("pairs")), ("value", Expr("variables.pairs + 1")))
            .Connect("start", "Done", "outer")
            .Connect("outer", "Iterate", "inner")
            .Connect("inner", "Iterate", "count")
            .Build();

        var execution = await _engine.StartAsync(definition);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(6, execution.Variable("pairs").GetInt32());
    }

    [Fact]
    public async Task ForEach_WithAnEmptyList_FollowsDoneAtOnce()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("[]")))
            .Node("body", "Log", ("message", Literal("never")))
            .Node("done", "Log", ("message", Literal("done")))
            .Connect("start", "Done", "loop")
            .Connect("loop", "Iterate", "body")
            .Connect("loop", "Done", "done")
            .Build();

        var execution = await _engine.StartAsync(definition);

        Assert.Equal(["start", "loop", "done"], execution.Path());
    }

    [Fact]
    public async Task ForEach_WhenTheBodyWaits_TheNextItemStartsOnlyAfterTheResume()
    {
        var definition = new WorkflowBuilder()
            .Variable("seen", 0)
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("[1, 2]")))
            .Node("wait", "Delay", ("duration", Literal("00:05:00")))
            .Node("count", "SetVariable", ("variable", Literal("seen")), ("value", Expr("variables.seen + 1")))
            .Connect("start", "Done", "loop")
            .Connect("loop", "Iterate", "wait")
            .Connect("wait", "Done", "count")
            .Build();

        var first = await _engine.StartAsync(definition);
        first.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());
        second.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        Assert.Equal(1, second.Variable("seen").GetInt32());

        var third = await _engine.ResumeAsync(second, second.Instance.State.Bookmarks.Single());
        third.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(2, third.Variable("seen").GetInt32());
    }

    [Fact]
    public async Task ForEach_OverSomethingThatIsNotAList_FaultsWithAClearIncident()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("42")))
            .Connect("start", "Done", "loop")
            .Build();

        var execution = await _engine.StartAsync(definition);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("needs a list", execution.NewIncidents.Single().Message);
    }

    public void Dispose() => _engine.Dispose();
}
