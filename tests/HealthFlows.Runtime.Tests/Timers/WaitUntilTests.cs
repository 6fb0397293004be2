using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Timers;

public sealed class WaitUntilTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private static WorkflowBuilder WaitFlow(InputValue until) => new WorkflowBuilder()
        .Variable("woke", false)
        .Node("start", "Start")
        .Node("wait", "WaitUntil", ("until", until))
        .Node("wake", "SetVariable", ("variable", Literal("woke")), ("value", Literal(true)))
        .Connect("start", "Done", "wait")
        .Connect("wait", "Done", "wake");

    [Fact]
    public async Task WaitUntil_AFutureInstant_SuspendsWithABookmarkDueThenInUtc()
    {
        var execution = await _engine.StartAsync(WaitFlow(Literal("2026-11-25T10:30:00+01:00")).Build());

        execution.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        var bookmark = Assert.Single(execution.CreatedBookmarks);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero), bookmark.ResumeAt);
        Assert.Equal(TimeSpan.Zero, bookmark.ResumeAt!.Value.Offset);
        Assert.False(execution.Variable("woke").GetBoolean());
    }

    [Fact]
    public async Task WaitUntil_ResumedWhenDue_ContinuesOnDone()
    {
        var first = await _engine.StartAsync(WaitFlow(Expr("input.dueAt")).Build(), new { dueAt = "2026-11-25T09:00:00Z" });
        _engine.Clock.Advance(TimeSpan.FromHours(1));

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());

        second.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.True(second.Variable("woke").GetBoolean());
    }

    [Fact]
    public async Task WaitUntil_AnInstantAlreadyPast_ContinuesAtOnce()
    {
        var execution = await _engine.StartAsync(WaitFlow(Literal("2026-11-25T07:59:59Z")).Build());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Empty(execution.CreatedBookmarks);
    }

    [Theory]
    [InlineData("2026-11-25T09:00:00")]
    [InlineData("tomorrow morning")]
    public async Task WaitUntil_TextThatIsNotAnInstantWithAnOffset_FaultsTheStepNamingTheInput(string until)
    {
        var execution = await _engine.StartAsync(WaitFlow(Literal(until)).Build());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("'until'", Assert.Single(execution.NewIncidents).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _engine.Dispose();
}
