using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Expressions;

public sealed class SandboxTests : IDisposable
{
    private readonly EngineHarness _engine = new(limits =>
    {
        limits.Timeout = TimeSpan.FromMilliseconds(300);
        limits.MaxRecursionDepth = 64;
        limits.MemoryLimitBytes = 8 * 1024 * 1024;
    });

    private static Runtime.Model.WorkflowDefinition OneExpression(string script) => new WorkflowBuilder()
        .Variable("result")
        .Node("start", "Start")
        .Node("eval", "SetVariable", ("variable", Literal("result")), ("value", Expr(script)))
        .Connect("start", "Done", "eval")
        .Build();

    [Fact]
    public async Task ALoopWithoutEnd_FaultsItsActivityWithAnIncidentNamingTheTimeLimit()
    {
        var execution = await _engine.StartAsync(OneExpression("while (true) {}"));

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("limit of 300 ms", execution.NewIncidents.Single().Message);
    }

    // These limits must trip before any time limit, also on a busy machine: their engine gets a generous timeout.
    [Theory]
    [InlineData("function f(n) { return f(n + 1); } f(0)", "recursed deeper")]
    [InlineData("let a = []; while (true) { a.push('x'.repeat(1 << 20) + a.length); }", "allocated more than")]
    public async Task ARunawayScript_FaultsItsActivityWithAnIncidentNamingTheLimit(string script, string expected)
    {
        using var engine = new EngineHarness(limits =>
        {
            limits.Timeout = TimeSpan.FromSeconds(30);
            limits.MaxRecursionDepth = 64;
            limits.MemoryLimitBytes = 8 * 1024 * 1024;
        });

        var execution = await engine.StartAsync(OneExpression(script));

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains(expected, execution.NewIncidents.Single().Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("require('fs')")]
    public async Task Scripts_CannotReachDotNet(string script)
    {
        var execution = await _engine.StartAsync(OneExpression(script));

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Faulted);
        Assert.Contains("is not defined", execution.NewIncidents.Single().Message);
    }

    [Fact]
    public async Task AfterARunawayScript_TheSameEngineHostRunsTheNextInstanceNormally()
    {
        await _engine.StartAsync(OneExpression("while (true) {}"));

        var execution = await _engine.StartAsync(OneExpression("[1, 2, 3].map(x => x * 2).reduce((a, b) => a + b, 0)"));

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(12, execution.Variable("result").GetInt32());
    }

    [Fact]
    public async Task Expressions_SeeInputVariablesOutputsAndTheInstance()
    {
        var definition = new WorkflowBuilder()
            .Variable("base", 40)
            .Variable("result")
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("[input.add]")))
            .Node("eval", "SetVariable", ("variable", Literal("result")), ("value", Expr("({ sum: variables.base + outputs.loop.currentItem, flow: instance.definitionId })")))
            .Connect("start", "Done", "loop")
            .Connect("loop", "Iterate", "eval")
            .Build();

        var execution = await _engine.StartAsync(definition, new { add = 2 });

        Assert.Equal(42, execution.Variable("result").GetProperty("sum").GetInt32());
        Assert.Equal("test-flow", execution.Variable("result").GetProperty("flow").GetString());
    }

    [Fact]
    public async Task ASyntaxError_FaultsWithAParseMessage()
    {
        var execution = await _engine.StartAsync(OneExpression("1 +* 2"));

        Assert.Contains("does not parse", execution.NewIncidents.Single().Message);
    }

    public void Dispose() => _engine.Dispose();
}
