using System.Text.Json;
using HealthFlows.Hl7;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Activities.Healthcare;

public sealed class CreateHl7AckTests : IDisposable
{
    private static readonly string Admit = string.Join('\r',
        @"MSH|^~\&|ADT1|GOOD HEALTH HOSPITAL|HF|HEALTHFLOWS|20261125083000+0100||ADT^A01^ADT_A01|MSG00042|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE") + "\r";

    private readonly EngineHarness _engine = new();

    /// <summary>Start → Create HL7 ACK, with a variable set on each outcome.</summary>
    private static WorkflowBuilder Flow(params (string Name, InputValue Value)[] extraInputs) => new WorkflowBuilder()
        .Variable("ack")
        .Variable("outcome")
        .Node("start", "Start")
        .Node("ack", "CreateHl7Ack", [("message", Expr("input.message")), .. extraInputs])
        .Node("created", "SetVariable", ("variable", Literal("ack")), ("value", Expr("outputs.ack.ack")))
        .Node("skipped", "SetVariable", ("variable", Literal("outcome")), ("value", Literal("Skipped")))
        .Connect("start", "Done", "ack")
        .Connect("ack", "Created", "created")
        .Connect("ack", "Skipped", "skipped");

    private async Task<WorkflowExecution> AckAsync(string? message, params (string Name, InputValue Value)[] extraInputs)
    {
        var execution = await _engine.StartAsync(Flow(extraInputs).Build(), new { message });
        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        return execution;
    }

    private static Hl7Message Ack(WorkflowExecution execution)
    {
        var result = Hl7Parser.Parse(execution.Outputs["ack"]["ack"].GetString()!);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Message!;
    }

    [Theory]
    [InlineData("AA")]
    [InlineData("AE")]
    [InlineData("AR")]
    public async Task CreateHl7Ack_AValidMessage_AnswersTheChosenCodeWithTheOriginalControlId(string code)
    {
        var execution = await AckAsync(Admit, ("code", Literal(code)), ("text", Literal("Thank you")));

        Assert.Equal(["start", "ack", "created"], execution.Path());
        var ack = Ack(execution);
        Assert.Equal("ACK^A01", ack.MessageType);
        Assert.Equal(code, ack.GetValue("MSA-1"));
        Assert.Equal("MSG00042", ack.GetValue("MSA-2"));
        Assert.Equal("Thank you", ack.GetValue("MSA-3"));
        Assert.Equal("HF", ack.GetValue("MSH-3"));
        Assert.Equal("ADT1", ack.GetValue("MSH-5"));
        Assert.Equal(code, execution.Outputs["ack"]["ackCode"].GetString());
    }

    [Fact]
    public async Task CreateHl7Ack_NoControlIdGiven_WritesATwentyCharacterIdAndTheClockTime()
    {
        var execution = await AckAsync(Admit);

        var ack = Ack(execution);
        var controlId = execution.Outputs["ack"]["ackControlId"].GetString();
        Assert.Equal(20, controlId!.Length);
        Assert.Equal(controlId, ack.ControlId);
        Assert.Equal("20261125080000+0000", ack.GetValue("MSH-7"));
        Assert.Equal("AA", ack.GetValue("MSA-1"));
    }

    [Fact]
    public async Task CreateHl7Ack_AControlIdGiven_UsesIt()
    {
        var execution = await AckAsync(Admit, ("controlId", Literal("ACK-1")));

        Assert.Equal("ACK-1", Ack(execution).ControlId);
    }

    [Fact]
    public async Task CreateHl7Ack_CustomDelimiters_AnswersInTheMessagesOwnDelimiters()
    {
        var message = "MSH#$*!@#ADT1#GHH#HF#HF#20261125083000+0100##ADT$A04#MSG9#P#2.5.1\rPID#1##777\r";

        var execution = await AckAsync(message);

        var text = execution.Outputs["ack"]["ack"].GetString()!;
        Assert.StartsWith("MSH#$*!@#", text, StringComparison.Ordinal);
        var ack = Ack(execution);
        Assert.Equal("ACK$A04$ACK", ack.GetValue("MSH-9"));
        Assert.Equal("MSG9", ack.GetValue("MSA-2"));
    }

    [Fact]
    public async Task CreateHl7Ack_AHeaderProblem_AnswersArWithAnErrSegmentWhateverCodeWasAsked()
    {
        var message = "MSH|^~\\&|ADT1|GHH|HF|HF|20261125||ADT^A01|||P|2.5.1\r";

        var execution = await AckAsync(message, ("code", Literal("AA")));

        Assert.Equal(["start", "ack", "created"], execution.Path());
        var ack = Ack(execution);
        Assert.Equal("AR", ack.GetValue("MSA-1"));
        Assert.Equal("10", ack.GetValue("ERR-2-3"));
        Assert.Equal("101", ack.GetValue("ERR-3-1"));
        Assert.Equal("AR", execution.Outputs["ack"]["ackCode"].GetString());
    }

    [Theory]
    [InlineData("this is not HL7 at all")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task CreateHl7Ack_UnreadableInput_StillAnswersArInStandardDelimitersWithNoControlIdToEcho(string? message)
    {
        var execution = await AckAsync(message);

        Assert.Equal(["start", "ack", "created"], execution.Path());
        var ack = Ack(execution);
        Assert.StartsWith("MSH|^~\\&|", execution.Outputs["ack"]["ack"].GetString(), StringComparison.Ordinal);
        Assert.Equal("AR", ack.GetValue("MSA-1"));
        Assert.Equal("", ack.GetValue("MSA-2"));
        Assert.NotEqual("", ack.GetValue("MSA-3"));
    }

    [Fact]
    public async Task CreateHl7Ack_AnAcknowledgement_FollowsSkippedWithNoAck()
    {
        var message = "MSH|^~\\&|HF|HF|ADT1|GHH|20261125||ACK^A01^ACK|A1|P|2.5.1\rMSA|AA|MSG00042\r";

        var execution = await AckAsync(message);

        Assert.Equal(["start", "ack", "skipped"], execution.Path());
        Assert.False(execution.Outputs.TryGetValue("ack", out var outputs) && outputs.ContainsKey("ack"));
    }

    [Fact]
    public async Task CreateHl7Ack_ACodeOutsideTheList_FaultsNamingTheInput()
    {
        var definition = Flow(("code", Expr("'XX'"))).Build();

        var execution = await _engine.StartAsync(definition, new { message = Admit });

        Assert.Equal(WorkflowStatus.Finished, execution.Instance.Status);
        Assert.Equal(WorkflowSubStatus.Faulted, execution.Instance.SubStatus);
        Assert.Contains("'code'", Assert.Single(execution.NewIncidents).Message);
    }

    public void Dispose() => _engine.Dispose();
}
