using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Activities;

/// <summary>The Validate Cost Center activity in a published workflow, on the real server over the seeded master data.</summary>
public sealed class ValidateCostCenterWorkflowTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string WorkflowId = "cost-center-check";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    public async ValueTask InitializeAsync()
    {
        if ((await Client.GetAsync($"/api/workflow-definitions/{WorkflowId}", Ct)).IsSuccessStatusCode)
        {
            return;
        }

        await (await Client.PostAsync("/api/workflow-definitions", Body(CheckWorkflow()), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{WorkflowId}/publish", null, Ct)).ShouldBeOkAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Execute_AMappedActiveDepartment_FollowsValid()
    {
        var output = await RunAsync(new { department = "lab" });

        Assert.Equal(("valid", "LAB", "Laboratory", "", "department"), Read(output));
    }

    [Fact]
    public async Task Execute_ADepartmentMappedToAnInactiveCostCenter_FollowsInvalidWithTheReason()
    {
        var output = await RunAsync(new { department = "DERM", hospitalService = "MED" });

        Assert.Equal(("invalid", "DERM", "Dermatology (closed)", "Cost center DERM is inactive.", "department"), Read(output));
    }

    [Fact]
    public async Task Execute_NothingMapped_FollowsUnknownNamingEverySourceTried()
    {
        var output = await RunAsync(new { department = "XRAY-9", location = "ROOF" });

        Assert.Equal(("unknown", "", "", "No cost center is mapped from department 'XRAY-9' or location 'ROOF'.", ""), Read(output));
    }

    [Fact]
    public async Task Execute_AnUnmappedDepartment_FallsBackToTheHospitalServiceThenTheLocation()
    {
        var byService = await RunAsync(new { department = "XRAY-9", hospitalService = "SUR", location = "CCU" });
        var byLocation = await RunAsync(new { department = "", hospitalService = "ZZZ", location = "ccu" });

        Assert.Equal(("valid", "SURG", "Surgery", "", "hospitalService"), Read(byService));
        Assert.Equal(("valid", "CAR", "Cardiology", "", "location"), Read(byLocation));
    }

    [Fact]
    public async Task Execute_ADateOutsideTheEffectivePeriod_FollowsInvalid_AndTheServerClockIsTheDefaultDate()
    {
        await (await Client.PostAsync("/api/cost-centers", Body(new { code = "WARD-2027", name = "New ward", effectiveFrom = "2027-01-01" }), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync("/api/cost-center-mappings", Body(new { kind = "Location", sourceCode = "NEWWARD", costCenterCode = "WARD-2027" }), Ct)).ShouldBeOkAsync(201);

        var today = await RunAsync(new { location = "NEWWARD" });
        var later = await RunAsync(new { location = "NEWWARD", date = "2027-03-01T10:00:00+01:00" });

        Assert.Equal(("invalid", "WARD-2027", "New ward", "Cost center WARD-2027 is effective from 2027-01-01, after 2026-11-25.", "location"), Read(today));
        Assert.Equal(("valid", "WARD-2027"), (Read(later).Outcome, Read(later).Code));
    }

    [Fact]
    public async Task Execute_ADateThatIsNotADate_FaultsTheInstanceWithAnIncident()
    {
        var result = await (await Client.PostAsync($"/api/workflow-definitions/{WorkflowId}/execute", Body(new { department = "LAB", date = "25/11/2026" }), Ct)).ShouldBeOkAsync();

        Assert.Equal("faulted", result.GetProperty("subStatus").GetString());
        Assert.Contains("expects yyyy-MM-dd", result.GetProperty("incidents")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> RunAsync(object input)
    {
        var result = await (await Client.PostAsync($"/api/workflow-definitions/{WorkflowId}/execute", Body(input), Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", result.GetProperty("subStatus").GetString());
        return result.GetProperty("output");
    }

    private static (string Outcome, string Code, string Name, string Reason, string MatchedBy) Read(JsonElement output) =>
        (output.GetProperty("outcome").GetString()!, output.GetProperty("costCenter").GetString()!, output.GetProperty("costCenterName").GetString()!,
            output.GetProperty("reason").GetString()!, output.GetProperty("matchedBy").GetString()!);

    /// <summary>Start → Validate Cost Center (from the input) → one Finish per outcome, each echoing the activity's outputs.</summary>
    private static JsonObject CheckWorkflow()
    {
        static JsonObject Finish(string id, string outcome) => Node(id, "Finish", ("output", Expr(
            $"({{ outcome: '{outcome}', costCenter: outputs.check.costCenter, costCenterName: outputs.check.costCenterName, reason: outputs.check.reason, matchedBy: outputs.check.matchedBy }})")));

        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["definitionId"] = WorkflowId,
            ["name"] = "Cost center check",
            ["nodes"] = new JsonArray(
                Node("start", "Start"),
                Node("check", "ValidateCostCenter",
                    ("department", Expr("input.department")),
                    ("hospitalService", Expr("input.hospitalService")),
                    ("location", Expr("input.location")),
                    ("date", Expr("input.date ?? ''"))),
                Finish("valid", "valid"),
                Finish("invalid", "invalid"),
                Finish("unknown", "unknown")),
            ["connections"] = new JsonArray(
                Connect("start", "Done", "check"),
                Connect("check", "Valid", "valid"),
                Connect("check", "Invalid", "invalid"),
                Connect("check", "Unknown", "unknown")),
        };
    }
}
