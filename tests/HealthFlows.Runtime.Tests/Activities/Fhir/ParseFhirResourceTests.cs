using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Activities.Fhir;

public sealed class ParseFhirResourceTests : IDisposable
{
    private const string Patient = """{ "resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1962-03-20", "name": [ { "family": "Everywoman" } ] }""";

    private readonly EngineHarness _engine = new();

    /// <summary>Start → Parse FHIR resource reading input.resource, with a variable set on each outcome.</summary>
    private static WorkflowBuilder Flow(params (string Name, InputValue Value)[] extraInputs) => new WorkflowBuilder()
        .Variable("gender")
        .Variable("outcome")
        .Node("start", "Start")
        .Node("parse", "ParseFhirResource", [("json", Expr("input.resource")), .. extraInputs])
        .Node("parsed", "SetVariable", ("variable", Literal("gender")), ("value", Expr("outputs.parse.resource.gender")))
        .Node("invalid", "SetVariable", ("variable", Literal("outcome")), ("value", Literal("Invalid")))
        .Connect("start", "Done", "parse")
        .Connect("parse", "Parsed", "parsed")
        .Connect("parse", "Invalid", "invalid");

    private async Task<WorkflowExecution> ParseAsync(object? resource, params (string Name, InputValue Value)[] extraInputs)
    {
        var execution = await _engine.StartAsync(Flow(extraInputs).Build(), new { resource });
        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        return execution;
    }

    private static JsonElement Output(WorkflowExecution execution, string name) => execution.Outputs["parse"][name];

    private static List<string> Reasons(WorkflowExecution execution) =>
        [.. Output(execution, "reasons").EnumerateArray().Select(r => r.GetString()!)];

    [Fact]
    public async Task ParseFhirResource_JsonText_FollowsParsedWithTypeIdAndNormalisedResource()
    {
        var execution = await ParseAsync(Patient);

        Assert.Equal(["start", "parse", "parsed"], execution.Path());
        Assert.Equal("Patient", Output(execution, "resourceType").GetString());
        Assert.Equal("p1", Output(execution, "id").GetString());
        Assert.Equal("""{"resourceType":"Patient","id":"p1","name":[{"family":"Everywoman"}],"gender":"female","birthDate":"1962-03-20"}""", Output(execution, "resource").GetRawText());
        Assert.Empty(Reasons(execution));
        Assert.Equal("female", execution.Variable("gender").GetString());
    }

    [Fact]
    public async Task ParseFhirResource_JsonObject_ParsesTheSameAsText()
    {
        var execution = await ParseAsync(JsonDocument.Parse(Patient).RootElement);

        Assert.Equal(["start", "parse", "parsed"], execution.Path());
        Assert.Equal("p1", Output(execution, "id").GetString());
    }

    [Fact]
    public async Task ParseFhirResource_NoId_LeavesTheIdOutputAbsent()
    {
        var execution = await ParseAsync("""{"resourceType":"Patient","active":true}""");

        Assert.Equal(["start", "parse", "parsed"], execution.Path());
        Assert.False(execution.Outputs["parse"].ContainsKey("id"));
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","gender":"femal"}""", "Patient.gender: ")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1962-13-40"}""", "Patient.birthDate: ")]
    [InlineData("""{"resourceType":"Patient","name":[{"family":1}]}""", "Patient.name[0].family: ")]
    [InlineData("""{"resourceType":"Patient","shoeSize":44}""", "Patient.shoeSize: ")]
    [InlineData("""{"resourceType":"Encounter","class":{"code":"IMP"}}""", "Encounter.status: ")]
    public async Task ParseFhirResource_AnElementAtFault_FollowsInvalidWithAReasonNamingIt(string json, string prefix)
    {
        var execution = await ParseAsync(json);

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.Contains(Reasons(execution), reason => reason.StartsWith(prefix, StringComparison.Ordinal));
        Assert.False(execution.Outputs["parse"].ContainsKey("resource"));
    }

    [Fact]
    public async Task ParseFhirResource_SeveralProblems_ListsEveryOne()
    {
        var execution = await ParseAsync("""{"resourceType":"Patient","gender":"femal","birthDate":"x"}""");

        Assert.Equal(2, Reasons(execution).Count);
        Assert.Equal("Patient", Output(execution, "resourceType").GetString());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"resourceType":"Patient",""")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("""{"resourceType":"NoSuchThing"}""")]
    [InlineData("""[{"resourceType":"Patient"}]""")]
    [InlineData("""{"resourceType":"Patient","name":[[1]]}""")]
    [InlineData("""{"resourceType":"Patient","contained":[1]}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":[]}]}""")]
    [InlineData("""{"resourceType":42}""")]
    [InlineData("   ")]
    public async Task ParseFhirResource_NotAResource_FollowsInvalidInsteadOfFaulting(string json)
    {
        var execution = await ParseAsync(json);

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.NotEmpty(Reasons(execution));
    }

    [Fact]
    public async Task ParseFhirResource_NumberInsteadOfJson_FollowsInvalid()
    {
        var execution = await ParseAsync(42);

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.Contains("no FHIR JSON", Assert.Single(Reasons(execution)));
    }

    [Fact]
    public async Task ParseFhirResource_ATypeNotAllowed_FollowsInvalidNamingTheType()
    {
        var execution = await ParseAsync(Patient, ("allowedResourceTypes", Literal(new[] { "Encounter", "Bundle" })));

        Assert.Equal(["start", "parse", "invalid"], execution.Path());
        Assert.Contains("'Patient'", Assert.Single(Reasons(execution)));
        Assert.Equal("Patient", Output(execution, "resourceType").GetString());
    }

    [Fact]
    public async Task ParseFhirResource_AnAllowedType_FollowsParsed()
    {
        var execution = await ParseAsync(Patient, ("allowedResourceTypes", Literal(new[] { "Patient" })));

        Assert.Equal(["start", "parse", "parsed"], execution.Path());
    }

    public void Dispose() => _engine.Dispose();
}
