using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class BranchingTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private static WorkflowBuilder AmountCheck() => new WorkflowBuilder()
        .Variable("label", "none")
        .Node("start", "Start")
        .Node("check", "If", ("condition", Expr("input.amount > 100")))
        .Node("big", "SetVariable", ("variable", Literal("label")), ("value", Literal("big")))
        .Node("small", "SetVariable", ("variable", Literal("label")), ("value", Literal("small")))
        .Connect("start", "Done", "check")
        .Connect("check", "True", "big")
        .Connect("check", "False", "small");

    [Theory]
    [InlineData(500, "big")]
    [InlineData(5, "small")]
    public async Task If_FollowsTheOutcomeOfItsCondition(int amount, string expected)
    {
        var execution = await _engine.StartAsync(AmountCheck().Build(), new { amount });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(expected, execution.Variable("label").GetString());
        Assert.Equal(["start", "check", expected], execution.Path());
    }

    [Theory]
    [InlineData("A01", "admit")]
    [InlineData("A03", "discharge")]
    [InlineData("A99", "other")]
    public async Task Switch_FollowsTheFirstMatchingCaseOrDefault(string eventType, string expected)
    {
        var cases = new[] { new { name = "Admit", condition = "input.event === 'A01'" }, new { name = "Discharge", condition = "input.event === 'A03'" } };
        var definition = new WorkflowBuilder()
            .Variable("route")
            .Node("start", "Start")
            .Node("route", "Switch", ("cases", Literal(cases)))
            .Node("admit", "SetVariable", ("variable", Literal("route")), ("value", Literal("admit")))
            .Node("discharge", "SetVariable", ("variable", Literal("route")), ("value", Literal("discharge")))
            .Node("other", "SetVariable", ("variable", Literal("route")), ("value", Literal("other")))
            .Connect("start", "Done", "route")
            .Connect("route", "Admit", "admit")
            .Connect("route", "Discharge", "discharge")
            .Connect("route", "Default", "other")
            .Build();

        var execution = await _engine.StartAsync(definition, new { @event = eventType });

        Assert.Equal(expected, execution.Variable("route").GetString());
    }

    [Fact]
    public async Task Switch_InAllMatchesMode_FollowsEveryMatchingCase()
    {
        var cases = new[] { new { name = "Big", condition = "input.n > 10" }, new { name = "Even", condition = "input.n % 2 === 0" } };
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("route", "Switch", ("cases", Literal(cases)), ("mode", Literal("allMatches")))
            .Node("big", "Log", ("message", Literal("big")))
            .Node("even", "Log", ("message", Literal("even")))
            .Connect("start", "Done", "route")
            .Connect("route", "Big", "big")
            .Connect("route", "Even", "even")
            .Build();

        var execution = await _engine.StartAsync(definition, new { n = 12 });

        Assert.Equal(["start", "route", "big", "even"], execution.Path());
    }

    public void Dispose() => _engine.Dispose();
}
