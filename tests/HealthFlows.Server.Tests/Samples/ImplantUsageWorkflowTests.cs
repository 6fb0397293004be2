using System.Net;
using System.Text;
using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Samples.ImplantProcedures;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>
/// The implant-usage sample as shipped (workflows/implant-usage.json), called over HTTP at POST /workflows/implant-usage
/// with FHIR Procedures, taking items out of the hosted ERP sandbox's stock. Each test uses its own item, since the
/// stock is shared by the class.
/// </summary>
public sealed class ImplantUsageWorkflowTests(SampleServerFixture server) : IClassFixture<SampleServerFixture>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Host.Client;

    private HostedSandbox Sandbox => server.Sandbox;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await Sandbox.ClearFaultsAsync();

    [Fact]
    public async Task ImplantUsage_AnImplantAboveItsReorderPoint_IsTakenFromStockOnTheDepartmentsCostCenterWithoutAnOrder()
    {
        const string id = "0b6e8f2a-9c41-4d7e-8a3b-5f2c1d9e7a60";

        var answer = await SendAsync(Procedure(id, "CAR", items: "IMP-STENT-003"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("posted", answer.Body.GetProperty("status").GetString());
        Assert.Equal("CAR", answer.Body.GetProperty("costCenter").GetString());
        var item = Assert.Single(answer.Body.GetProperty("items").EnumerateArray());
        Assert.Equal(19m, item.GetProperty("remainingStock").GetDecimal());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("replenishment").ValueKind);
        var entry = Assert.Single(await Sandbox.ConsumptionsAsync("0b6e8f2a9c414d7e8a3b5f2c1d9e7a60-1"));
        Assert.Equal(-1m, entry.GetProperty("quantity").GetDecimal());
        Assert.Equal("CAR", entry.GetProperty("dimensionValueCode").GetString());
        Assert.Equal("2026-11-25", entry.GetProperty("postingDate").GetString());
        Assert.Empty(await Sandbox.PurchaseOrdersForAsync("IMP-STENT-003"));
        var instance = await InstanceAsync(answer.InstanceId);
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal(id, instance.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task ImplantUsage_StockFallsToTheReorderPoint_RequestsTheReorderQuantityFromTheItemsVendor()
    {
        var answer = await SendAsync(Procedure("proc-knee-1", "ORTHO", items: ["IMP-KNEE-002", "IMP-KNEE-002"]));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var items = answer.Body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([3m, 2m], items.Select(i => i.GetProperty("remainingStock").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("replenishment").ValueKind);
        var orderNumber = items[1].GetProperty("replenishment").GetString();
        var order = Assert.Single(await Sandbox.PurchaseOrdersForAsync("IMP-KNEE-002"));
        Assert.Equal(orderNumber, order.GetProperty("number").GetString());
        Assert.Equal("ORTHOSUP", order.GetProperty("vendorNumber").GetString());
        Assert.Equal(6m, order.GetProperty("purchaseOrderLines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(2m, (await Sandbox.ItemAsync("IMP-KNEE-002")).GetProperty("inventory").GetDecimal());
    }

    [Fact]
    public async Task ImplantUsage_TheSameProcedureTwice_TakesTheImplantOnce()
    {
        var first = await SendAsync(Procedure("proc-hip-2", "ORTHO", items: "IMP-HIP-001"));
        var second = await SendAsync(Procedure("proc-hip-2", "ORTHO", items: "IMP-HIP-001"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Single(await Sandbox.ConsumptionsAsync("proc-hip-2-1"));
        Assert.Equal(4m, (await Sandbox.ItemAsync("IMP-HIP-001")).GetProperty("inventory").GetDecimal());
    }

    [Fact]
    public async Task ImplantUsage_AnUnknownDepartment_Answers422AndRaisesAnIncidentTakingNothing()
    {
        var answer = await SendAsync(Procedure("proc-onco-1", "ONCO", items: "IMP-HIP-001"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("application/fhir+json", answer.ContentType);
        Assert.Equal("OperationOutcome", answer.Body.GetProperty("resourceType").GetString());
        Assert.Contains("ONCO", answer.Body.GetProperty("issue")[0].GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        Assert.Equal("departmentIncident", (await SingleIncidentAsync(answer.InstanceId)).GetProperty("nodeId").GetString());
        Assert.Empty(await Sandbox.ConsumptionsAsync("proc-onco-1-1"));
    }

    [Fact]
    public async Task ImplantUsage_AnItemTheErpRefuses_Answers422WithTheErpMessageAndRaisesAnIncident()
    {
        var answer = await SendAsync(Procedure("proc-lens-1", "SURG", items: "IMP-LENS-006"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains("Item IMP-LENS-006 is blocked.", answer.Body.GetProperty("issue")[0].GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        var incident = await SingleIncidentAsync(answer.InstanceId);
        Assert.Equal("rejectedIncident", incident.GetProperty("nodeId").GetString());
        Assert.Contains("IMP-LENS-006", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "resourceType": "Patient", "id": "p1" }""", "not one of the allowed")]
    [InlineData("""{ "resourceType": "Procedure", "id": "p2", "status": "in-progress", "subject": { "reference": "Patient/x" } }""", "completed Procedure")]
    [InlineData("""{ "resourceType": "Procedure", "id": "p3", "status": "done", "subject": { "reference": "Patient/x" } }""", "Procedure.status")]
    public async Task ImplantUsage_NotACompletedProcedureWithDevices_Answers422WithAnOperationOutcomeAndNoIncident(string body, string diagnostics)
    {
        var answer = await SendAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("OperationOutcome", answer.Body.GetProperty("resourceType").GetString());
        Assert.Contains(answer.Body.GetProperty("issue").EnumerateArray(), issue => issue.GetProperty("diagnostics").GetString()!.Contains(diagnostics, StringComparison.Ordinal));
        Assert.Equal("completed", (await InstanceAsync(answer.InstanceId)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task ImplantUsage_MalformedJson_IsABadRequestAndStartsNothing()
    {
        var response = await Client.PostAsync("/workflows/implant-usage", Fhir("""{ "resourceType": "Procedure", """), Ct);

        await response.ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task ImplantUsage_ErpDownLongerThanTheInProcessRetries_Answers202AndTakesTheImplantOnceWhenItIsBack()
    {
        await Sandbox.SetFaultsAsync("""{ "unavailableForSeconds": 86400 }""");

        var answer = await SendAsync(Procedure("proc-screw-1", "ORTHO", items: "IMP-SCREW-005"));

        Assert.Equal(HttpStatusCode.Accepted, answer.Status);
        Assert.Equal("informational", answer.Body.GetProperty("issue")[0].GetProperty("code").GetString());
        Assert.Equal("suspended", (await InstanceAsync(answer.InstanceId)).GetProperty("status").GetString());
        await Sandbox.ClearFaultsAsync();
        server.Host.Clock.Advance(TimeSpan.FromSeconds(SampleServerFixture.RetryDelaySeconds));
        await ResumeDueAsync();

        var instance = await InstanceAsync(answer.InstanceId);
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal(199m, instance.GetProperty("output").GetProperty("items")[0].GetProperty("remainingStock").GetDecimal());
        Assert.Single(await Sandbox.ConsumptionsAsync("proc-screw-1-1"));
        Assert.Equal(199m, (await Sandbox.ItemAsync("IMP-SCREW-005")).GetProperty("inventory").GetDecimal());
    }

    private static StringContent Fhir(string json) => new(json, Encoding.UTF8, "application/fhir+json");

    private async Task<Answer> SendAsync(string json)
    {
        var response = await Client.PostAsync("/workflows/implant-usage", Fhir(json), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.Headers.TryGetValues("X-Workflow-Instance-Id", out var ids), $"No instance id: {(int)response.StatusCode} {text}");
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone(), ids.Single());
    }

    private async Task<JsonElement> InstanceAsync(string id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

    private async Task<JsonElement> SingleIncidentAsync(string instanceId)
    {
        var instance = await InstanceAsync(instanceId);
        Assert.Equal("faulted", instance.GetProperty("subStatus").GetString());
        return Assert.Single(instance.GetProperty("incidents").EnumerateArray());
    }

    private async Task ResumeDueAsync()
    {
        await using var scope = server.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueBookmarkResumer>().ResumeDueAsync(1000, Ct);
    }

    /// <summary>A sync answer: status, media type, the JSON body and the instance that produced it.</summary>
    private sealed record Answer(HttpStatusCode Status, string? ContentType, JsonElement Body, string InstanceId);
}
