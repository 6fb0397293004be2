using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Reliability;

/// <summary>The retry half of Queue Retry on the bare engine (dead-lettering needs a store: see the server tests).</summary>
public sealed class QueueRetryTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    /// <summary>post throws until input.upAt; its failure goes to retry, whose Retry goes back to post.</summary>
    private static WorkflowBuilder FlakyFlow(params object[] schedule) => new WorkflowBuilder()
        .Node("start", "Start")
        .Node("post", "Log", ("message", Expr("(() => { if (Date.now() < input.upAt) { throw new Error('down'); } return 'ok'; })()")))
        .Node("retry", "QueueRetry", ("schedule", Literal(schedule)), ("error", Expr("outputs.post.error")))
        .Connect("start", "Done", "post")
        .Connect("post", "Failed", "retry")
        .Connect("retry", "Retry", "post");

    [Fact]
    public async Task Execute_FirstFailure_SuspendsUntilTheFirstScheduledWait()
    {
        var execution = await _engine.StartAsync(FlakyFlow(90, "PT10M").Build(), new { upAt = long.MaxValue });

        execution.ShouldBe(WorkflowStatus.Suspended, WorkflowSubStatus.Suspended);
        var bookmark = Assert.Single(execution.CreatedBookmarks);
        Assert.Equal("QueueRetry", bookmark.Name);
        Assert.Equal(_engine.Clock.GetUtcNow().AddSeconds(90), bookmark.ResumeAt);
    }

    [Fact]
    public async Task Resume_TimerFired_FollowsRetryAndWaitsTheNextDurationAfterTheNextFailure()
    {
        var first = await _engine.StartAsync(FlakyFlow(90, "PT10M").Build(), new { upAt = long.MaxValue });
        _engine.Clock.Advance(TimeSpan.FromSeconds(90));

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());

        Assert.Equal(["retry", "post", "retry"], second.Path());
        Assert.Equal(_engine.Clock.GetUtcNow().AddMinutes(10), Assert.Single(second.CreatedBookmarks).ResumeAt);
    }

    [Fact]
    public async Task Resume_StepRecovered_CompletesThroughTheStep()
    {
        var upAt = _engine.Clock.GetUtcNow().AddSeconds(60).ToUnixTimeMilliseconds();
        var first = await _engine.StartAsync(FlakyFlow(90).Build(), new { upAt });
        _engine.Clock.Advance(TimeSpan.FromSeconds(90));

        var second = await _engine.ResumeAsync(first, first.Instance.State.Bookmarks.Single());

        second.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(["retry", "post"], second.Path());
    }

    [Fact]
    public async Task Execute_NoRetryConnection_FaultsNamingTheNode()
    {
        var definition = FlakyFlow(90).Build();
        definition.Connections.RemoveAll(c => c.Outcome == "Retry");

        var execution = await _engine.StartAsync(definition, new { upAt = long.MaxValue });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("no Retry connection", Assert.Single(execution.NewIncidents).Message);
    }

    public void Dispose() => _engine.Dispose();
}
