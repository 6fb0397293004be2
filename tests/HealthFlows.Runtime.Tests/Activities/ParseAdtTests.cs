using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Activities;

public sealed class ParseAdtTests : IDisposable
{
    private static readonly string Admit = string.Join('\r',
        @"MSH|^~\&|ADT1|GOOD HEALTH HOSPITAL|BILLING|GHH|20261125083000+0100||ADT^A01^ADT_A01|MSG00042|P|2.5.1",
        "EVN|A01|20261125082900",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^E^^MRS^^L||19620320|F",
        "PV1|1|I|2000^2012^01^GHH||||004777^ATTEND^AARON^A^^DR|||SUR||||ADM|A0||||V1001^^^GHH^VN") + "\r";

    private readonly EngineHarness _engine = new();

    /// <summary>Start → Parse ADT, with a variable set on each outcome so the path taken is visible.</summary>
    private static WorkflowBuilder Flow(params (string Name, InputValue Value)[] extraInputs) => new WorkflowBuilder()
        .Variable("visit")
        .Variable("outcome")
        .Node("start", "Start")
        .Node("parse", "ParseAdt", [("message", Expr("input.message")), .. extraInputs])
        .Node("parsed", "SetVariable", ("variable", Literal("visit")), ("value", Expr("outputs.parse.adt.visit.visitNumber.id")))
        .Node("invalid", "SetVariable", ("variable", Literal("outcome")), ("value", Literal("Invalid")))
        .Connect("start", "Done", "parse")
        .Connect("parse", "Parsed", "parsed")
        .Connect("parse", "Invalid", "invalid");

    private static JsonElement Output(WorkflowExecution execution, string name) => execution.Outputs["parse"][name];

    private static List<string> Reasons(WorkflowExecution execution) =>
        [.. Output(execution, "reasons").EnumerateArray().Select(r => r.GetString()!)];

    [Fact]
    public async Task ParseAdt_AValidAdmit_FollowsParsedWithHeaderOutputsAndTheTypedView()
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { message = Admit });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(["start", "parse", "parsed"], execution.Path());
        Assert.Equal("ADT^A01", Output(execution, "messageType").GetString());
        Assert.Equal("MSG00042", Output(execution, "controlId").GetString());
        Assert.Equal("A01", Output(execution, "eventType").GetString());
        Assert.Empty(Reasons(execution));
        var patient = Output(execution, "adt").GetProperty("patient");
        Assert.Equal("EVERYWOMAN", patient.GetProperty("name").GetProperty("family").GetString());
        Assert.Equal("1962-03-20", patient.GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task ParseAdt_DownstreamExpression_ReadsTheVisitNumberFromTheView()
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { message = Admit });

        Assert.Equal("V1001", execution.Variable("visit").GetString());
    }

    [Theory]
    [InlineData("this is not HL7 at all")]
    [InlineData("\u0001\u0002\u0003MSH")]
    [InlineData("MSH|^~\\&|ADT1|GHH|||20261125||ADT^A01|||P|2.5.1\r")]
    public async Task ParseAdt_Garbage_FollowsInvalidWithReasonsInsteadOfFaulting(string message)
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { message });

        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.NotEmpty(Reasons(execution));
        Assert.False(execution.Outputs["parse"].ContainsKey("adt"));
    }

    [Fact]
    public async Task ParseAdt_MissingControlId_NamesTheFieldInItsReasons()
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { message = "MSH|^~\\&|ADT1|GHH|||20261125||ADT^A01|||P|2.5.1\r" });

        Assert.StartsWith("MSH-10: ", Assert.Single(Reasons(execution)));
        Assert.Equal("ADT^A01", Output(execution, "messageType").GetString());
    }

    [Fact]
    public async Task ParseAdt_NoMessage_FollowsInvalid()
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { other = 1 });

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.NotEmpty(Reasons(execution));
    }

    [Fact]
    public async Task ParseAdt_AnEventTypeNotAllowed_FollowsInvalidNamingTheEvent()
    {
        var definition = Flow(("allowedEventTypes", Literal(new[] { "A03", "A08" }))).Build();

        var execution = await _engine.StartAsync(definition, new { message = Admit });

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.Contains("'A01'", Assert.Single(Reasons(execution)));
        Assert.Equal("A01", Output(execution, "eventType").GetString());
    }

    [Fact]
    public async Task ParseAdt_AnAllowedEventType_FollowsParsed()
    {
        var definition = Flow(("allowedEventTypes", Literal(new[] { "A01", "A04" }))).Build();

        var execution = await _engine.StartAsync(definition, new { message = Admit });

        Assert.Equal(["start", "parse", "parsed"], execution.Path());
    }

    public void Dispose() => _engine.Dispose();
}
