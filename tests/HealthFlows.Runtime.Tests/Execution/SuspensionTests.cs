using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class SuspensionTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private static WorkflowBuilder DelayFlow() => new WorkflowBuilder()
        .Variable("woke", false)
        .Node("start", "Start")
        .Node("wait", "Delay", ("duration", Literal("PT5M")))
        .Node("wake", "SetVariable", ("variable", Literal("woke")), ("value", Literal(true)))
        .Connect("start", "Done", "wait")
        .Connect("wait", "Done", "wake");

    [Fact]
    public async Task Delay_SuspendsWithABookmarkDueAfterTheDurationOnTheInjectedClock()
    {
        var execution = await _engine.StartAsync(DelayFlow().Build());

        execution.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        var bookmark = Assert.Single(execution.CreatedBookmarks);
        Assert.Equal(_engine.Clock.GetUtcNow().AddMinutes(5), bookmark.ResumeAt);
        Assert.Equal("wait", bookmark.NodeId);
        Assert.False(execution.Variable("woke").GetBoolean());
    }

    [Fact]
    public async Task Resume_ContinuesFromTheBookmarkedNodeAndRemovesTheBookmark()
    {
        var first = await _engine.StartAsync(DelayFlow().Build());
        _engine.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());

        second.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.True(second.Variable("woke").GetBoolean());
        Assert.Equal(["wait", "wake"], second.Path());
        Assert.Single(second.RemovedBookmarkIds);
        Assert.Empty(second.Instance.State.Bookmarks);
    }

    [Fact]
    public async Task Delay_OfZero_DoesNotSuspend()
    {
        var definition = DelayFlow().Build();
        definition.Nodes.Single(n => n.Id == "wait").Inputs["duration"] = Literal(0);

        var execution = await _engine.StartAsync(definition);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
    }

    [Fact]
    public async Task Cancel_DropsOpenBookmarks()
    {
        var first = await _engine.StartAsync(DelayFlow().Build());
        var execution = _engine.Executor.Begin(first.Instance, first.Definition);

        _engine.Executor.Cancel(execution);

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Cancelled);
        Assert.Single(execution.RemovedBookmarkIds);
        Assert.Empty(execution.Instance.State.Bookmarks);
    }

    public void Dispose() => _engine.Dispose();
}
