using System.Text.Json;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Execution;

public sealed class OutputAndJournalTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public async Task Finish_EndsTheInstanceWithItsOutputAndDropsOtherBranches()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("finish", "Finish", ("output", Expr("({ echoed: input.message, length: input.message.length })")))
            .Node("wait", "Delay", ("duration", Literal(600)))
            .Connect("start", "Done", "finish")
            .Connect("start", "Done", "wait")
            .Build();

        var execution = await _engine.StartAsync(definition, new { message = "hello" });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal("hello", execution.Instance.Output!.Value.GetProperty("echoed").GetString());
        Assert.Equal(5, execution.Instance.Output!.Value.GetProperty("length").GetInt32());
        Assert.DoesNotContain("wait", execution.Path());
    }

    [Fact]
    public async Task Completion_WithDeclaredOutputs_TakesThemFromVariables()
    {
        var definition = new WorkflowBuilder()
            .Variable("label", "small")
            .Output("label")
            .Node("start", "Start")
            .Connect("start", "Done", "start")
            .Build();
        definition.Connections.Clear();

        var execution = await _engine.StartAsync(definition);

        Assert.Equal("small", execution.Instance.Output!.Value.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Journal_RecordsEachStepWithItsEvaluatedInputsOutcomesAndOutputs()
    {
        var definition = new WorkflowBuilder()
            .Variable("copy")
            .Node("start", "Start")
            .Node("loop", "ForEach", ("items", Expr("input.items")))
            .Bind("loop", "currentItem", "copy")
            .Connect("start", "Done", "loop")
            .Build();

        var execution = await _engine.StartAsync(definition, new { items = new[] { "x" } });

        var entries = execution.NewJournalEntries;
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Sequence));
        var first = entries.First(e => e.NodeId == "loop");
        Assert.Equal(["Iterate"], first.Outcomes);
        Assert.Equal("x", first.Inputs!.Value.GetProperty("items")[0].GetString());
        Assert.Equal("x", first.Outputs!.Value.GetProperty("currentItem").GetString());
        Assert.Equal("x", execution.Variable("copy").GetString());
        Assert.All(entries, e => Assert.Equal(_engine.Clock.GetUtcNow(), e.StartedAt));
    }

    [Fact]
    public async Task Journal_CutsLargePayloadsToAPreview()
    {
        var definition = new WorkflowBuilder()
            .Variable("big")
            .Node("start", "Start")
            .Node("set", "SetVariable", ("variable", Literal("big")), ("value", Expr("'x'.repeat(100000)")))
            .Connect("start", "Done", "set")
            .Build();

        var execution = await _engine.StartAsync(definition);

        var inputs = execution.NewJournalEntries.Single(e => e.NodeId == "set").Inputs!.Value;
        Assert.True(inputs.GetProperty("truncated").GetBoolean());
        Assert.True(inputs.GetProperty("sizeBytes").GetInt32() > 100_000);
        Assert.Equal(100_000, execution.Variable("big").GetString()!.Length);
    }

    [Fact]
    public async Task Log_WritesItsMessageToTheJournal()
    {
        var definition = new WorkflowBuilder()
            .Node("start", "Start")
            .Node("note", "Log", ("message", Expr("'charge count ' + input.n")), ("level", Literal("warning")))
            .Connect("start", "Done", "note")
            .Build();

        var execution = await _engine.StartAsync(definition, new { n = 3 });

        Assert.Equal("[Warning] charge count 3", execution.NewJournalEntries.Single(e => e.NodeId == "note").Message);
    }

    [Fact]
    public async Task Variables_StartAtTheirDefaults()
    {
        var definition = new WorkflowBuilder().Variable("n", 7).Variable("empty").Node("start", "Start").Build();

        var execution = await _engine.StartAsync(definition);

        Assert.Equal(7, execution.Variable("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, execution.Variable("empty").ValueKind);
    }

    public void Dispose() => _engine.Dispose();
}
