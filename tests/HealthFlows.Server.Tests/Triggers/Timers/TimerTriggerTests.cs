using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;

namespace HealthFlows.Server.Tests.Triggers.Timers;

public sealed class TimerTriggerTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private ServerHost Host => server.Host;

    [Fact]
    public async Task Timer_Published_StartsOneInstanceAtEveryInterval()
    {
        var now = Host.Clock.GetUtcNow();
        await Client.PublishAsync(TimerWorkflows.Interval("every-ten-minutes", "PT10M"));
        var first = Next(now, TimeSpan.FromMinutes(10));
        await Host.WaitArmedAsync("every-ten-minutes", first);

        Host.Clock.SetUtcNow(first);
        await Host.WaitHandledAsync("every-ten-minutes", first);
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await Host.WaitHandledAsync("every-ten-minutes", first.AddMinutes(10));

        var one = await Client.OccurrenceInstanceAsync("every-ten-minutes", first);
        var two = await Client.OccurrenceInstanceAsync("every-ten-minutes", first.AddMinutes(10));
        Assert.Equal(first, one.ReportedOccurrence());
        Assert.Equal(first.AddMinutes(10), two.ReportedOccurrence());
        Assert.False(one.ReportedMisfire());
        Assert.Equal(2, (await Client.InstanceIdsAsync("every-ten-minutes")).Count);
        await Host.WaitArmedAsync("every-ten-minutes", first.AddMinutes(20));
    }

    [Fact]
    public async Task StartAt_FiresOnceAtItsInstant_AndThenNeverAgain()
    {
        var at = Host.Clock.GetUtcNow().AddMinutes(30);
        await Client.PublishAsync(TimerWorkflows.StartAt("once-later", at.ToString("O")));
        await Host.WaitArmedAsync("once-later", at);

        Host.Clock.Advance(TimeSpan.FromMinutes(30));
        await Host.WaitHandledAsync("once-later", at);
        Host.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(at, (await Client.OccurrenceInstanceAsync("once-later", at)).ReportedOccurrence());
        await Host.WaitArmedAsync("once-later", null);
        Assert.Single(await Client.InstanceIdsAsync("once-later"));
    }

    [Fact]
    public async Task Retract_UnschedulesTheTimer_AndNoInstanceStartsAfterwards()
    {
        var now = Host.Clock.GetUtcNow();
        var due = Next(now, TimeSpan.FromMinutes(5));
        await Client.PublishAsync(TimerWorkflows.Interval("retracted-timer", 300));
        await Client.PublishAsync(TimerWorkflows.Interval("control-timer", 300));
        await Host.WaitArmedAsync("retracted-timer", due);

        await (await Client.PostAsync("/api/workflow-definitions/retracted-timer/retract", null, Ct)).ShouldBeOkAsync();
        await Host.WaitArmedAsync("retracted-timer", null, present: false);
        Host.Clock.SetUtcNow(due);
        await Host.WaitHandledAsync("control-timer", due);

        Assert.Empty(await Client.InstanceIdsAsync("retracted-timer"));
        Assert.Single(await Client.InstanceIdsAsync("control-timer"));
    }

    [Fact]
    public async Task Publish_ANewVersion_ReschedulesWithItsSchedule()
    {
        var now = Host.Clock.GetUtcNow();
        await Client.PublishAsync(TimerWorkflows.Interval("rescheduled", "PT1H"));
        await Host.WaitArmedAsync("rescheduled", Next(now, TimeSpan.FromHours(1)));

        await Client.PublishAsync(TimerWorkflows.Interval("rescheduled", "PT1M"));

        await Host.WaitArmedAsync("rescheduled", Next(now, TimeSpan.FromMinutes(1)));
        Assert.Equal(2, Assert.Single(Host.Timers().Scheduled, t => t.DefinitionId == "rescheduled").Version);
    }

    [Theory]
    [InlineData("Timer", "interval", "0", "at least 1 second")]
    [InlineData("Timer", "interval", "every hour", "duration")]
    [InlineData("Cron", "expression", "61 * * * *", "does not parse")]
    [InlineData("Cron", "timeZone", "Mars/Olympus_Mons", "not known")]
    [InlineData("StartAt", "at", "2026-12-01T06:00:00", "with an offset")]
    [InlineData("StartAt", "at", "2020-01-01T00:00:00Z", "never fire")]
    public async Task Publish_ABadSchedule_Answers422WithTheProblem_AndStaysADraft(string type, string input, string value, string expected)
    {
        var id = $"bad-{type}-{input}-{Math.Abs(value.GetHashCode(StringComparison.Ordinal))}".ToLowerInvariant();
        var trigger = Workflows.Node("tick", type, (input, Workflows.Literal(value)));
        if (type == "Cron" && input != "expression")
        {
            trigger["inputs"]!["expression"] = Workflows.Literal("0 2 * * *");
        }

        var response = await Client.SaveAndPublishAsync(TimerWorkflows.Ticking(id, trigger));

        var problem = await response.ShouldBeProblemAsync(422);
        var listed = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(listed, p => p.GetProperty("message").GetString()!.Contains(expected, StringComparison.Ordinal) && p.GetProperty("nodeId").GetString() == "tick");
        var draft = await (await Client.GetAsync($"/api/workflow-definitions/{id}", Ct)).ShouldBeOkAsync();
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        Assert.DoesNotContain(Host.Timers().Scheduled, t => t.DefinitionId == id);
    }

    [Fact]
    public async Task Publish_AScheduleGivenAsAnExpression_Answers422()
    {
        var trigger = Workflows.Node("tick", "Cron", ("expression", Workflows.Expr("'0 2 * * *'")));

        var response = await Client.SaveAndPublishAsync(TimerWorkflows.Ticking("cron-expression-mode", trigger));

        var problem = await response.ShouldBeProblemAsync(422);
        Assert.Contains("fixed value", problem.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The first multiple of <paramref name="interval"/> since the Unix epoch after <paramref name="now"/>.</summary>
    private static DateTimeOffset Next(DateTimeOffset now, TimeSpan interval) =>
        DateTimeOffset.UnixEpoch.AddTicks(((now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / interval.Ticks + 1) * interval.Ticks);
}
