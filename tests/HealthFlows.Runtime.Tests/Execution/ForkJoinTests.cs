using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class ForkJoinTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private static WorkflowBuilder ForkedCount(string mode) => new WorkflowBuilder()
        .Variable("count", 0)
        .Variable("joined", 0)
        .Node("start", "Start")
        .Node("fork", "Fork")
        .Node("a", "SetVariable", ("variable", Literal("count")), ("value", Expr("variables.count + 1")))
        .Node("b", "SetVariable", ("variable", Literal("count")), ("value", Expr("variables.count + 10")))
        .Node("join", "Join", ("mode", Literal(mode)))
        .Node("after", "SetVariable", ("variable", Literal("joined")), ("value", Expr("variables.joined + 1")))
        .Connect("start", "Done", "fork")
        .Connect("fork", "Done", "a")
        .Connect("fork", "Done", "b")
        .Connect("a", "Done", "join")
        .Connect("b", "Done", "join")
        .Connect("join", "Done", "after");

    [Fact]
    public async Task Join_WaitAll_GoesOnOnceAfterEveryBranch()
    {
        var execution = await _engine.StartAsync(ForkedCount("waitAll").Build());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(11, execution.Variable("count").GetInt32());
        Assert.Equal(1, execution.Variable("joined").GetInt32());
        var afterIndex = execution.Path().IndexOf("after");
        Assert.True(afterIndex > execution.Path().LastIndexOf("b") && afterIndex > execution.Path().LastIndexOf("a"));
    }

    [Fact]
    public async Task Join_WaitAny_GoesOnOnceAtTheFirstBranch()
    {
        var execution = await _engine.StartAsync(ForkedCount("waitAny").Build());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(1, execution.Variable("joined").GetInt32());
        Assert.Equal(11, execution.Variable("count").GetInt32());
    }

    [Fact]
    public async Task Join_WaitAll_WhenOneBranchWaits_GoesOnAfterTheResume()
    {
        var definition = ForkedCount("waitAll").Node("wait", "Delay", ("duration", Literal(60))).Build();
        definition.Connections.RemoveAll(c => c.Source == "fork" && c.Target == "b");
        definition.Connections.Add(new() { Source = "fork", Outcome = "Done", Target = "wait" });
        definition.Connections.Add(new() { Source = "wait", Outcome = "Done", Target = "b" });

        var first = await _engine.StartAsync(definition);
        first.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        Assert.DoesNotContain("after", first.Path());

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());
        second.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(1, second.Variable("joined").GetInt32());
    }

    public void Dispose() => _engine.Dispose();
}
