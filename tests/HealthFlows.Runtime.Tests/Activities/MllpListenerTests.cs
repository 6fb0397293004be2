using HealthFlows.Activities.Mllp;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Activities;

public sealed class MllpListenerTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    private MllpListener Activity => (MllpListener)_engine.Services.GetRequiredService<ActivityRegistry>().Find(MllpListener.TypeName)!.Activity;

    private static WorkflowNode ListenerNode(params (string Name, InputValue Value)[] inputs) =>
        new WorkflowBuilder().Node("start", MllpListener.TypeName, inputs).Build().Nodes[0];

    [Fact]
    public async Task MllpListener_AStoredMessage_BecomesItsOutputs()
    {
        var flow = new WorkflowBuilder()
            .Variable("type")
            .Node("start", MllpListener.TypeName, ("port", Literal(2575)))
            .Node("keep", "SetVariable", ("variable", Literal("type")), ("value", Expr("outputs.start.messageType + ' ' + outputs.start.controlId")))
            .Connect("start", "Done", "keep")
            .Build();

        var execution = await _engine.StartAsync(flow, new MllpTriggerInput("MSH|^~\\&|A\r", "ADT^A01", "MSG1", "10.1.2.3:5000").ToJson());

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal("ADT^A01 MSG1", execution.Variable("type").GetString());
        Assert.Equal("10.1.2.3:5000", execution.Outputs["start"]["remoteAddress"].GetString());
        Assert.Equal("MSH|^~\\&|A\r", execution.Outputs["start"]["message"].GetString());
    }

    [Fact]
    public void Settings_OnlyAPort_TakeTheDocumentedDefaults()
    {
        var settings = MllpListenerSettings.Read(ListenerNode(("port", Literal(2575))), Activity, out var problems);

        Assert.Empty(problems);
        Assert.Equal(2575, settings.Port);
        Assert.Equal(1024 * 1024, settings.MaxMessageBytes);
        Assert.Equal(100, settings.MaxConnections);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.AckTimeout);
        Assert.Equal("UNICODE UTF-8", settings.DefaultCharset);
        Assert.Empty(settings.AllowedSources);
        Assert.False(settings.UseTls);
    }

    [Fact]
    public void Settings_AnExpressionOrAPortOutOfRange_AreEachReported()
    {
        MllpListenerSettings.Read(ListenerNode(("port", Literal(70000)), ("maxConnections", Expr("2"))), Activity, out var problems);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("maxConnections", StringComparison.Ordinal) && p.Contains("literal", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("70000", StringComparison.Ordinal));
    }

    public void Dispose() => _engine.Dispose();
}
