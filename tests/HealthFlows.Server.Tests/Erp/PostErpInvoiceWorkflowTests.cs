using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Erp;

/// <summary>Post ERP Invoice in a published workflow on the real server, posting to the sandbox the server hosts.</summary>
public sealed class PostErpInvoiceWorkflowTests(ErpServerFixture server) : IClassFixture<ErpServerFixture>, IAsyncLifetime
{
    private const string DefinitionId = "post-charges";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Host.Client;

    public async ValueTask InitializeAsync()
    {
        if ((await Client.GetAsync($"/api/workflow-definitions/{DefinitionId}", Ct)).IsSuccessStatusCode)
            return;
        await (await Client.PostAsync("/api/workflow-definitions", Body(PostCharges()), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{DefinitionId}/publish", null, Ct)).ShouldBeOkAsync();
    }

    public async ValueTask DisposeAsync() => (await Client.DeleteAsync("/sandbox/erp/faults", CancellationToken.None)).Dispose();

    [Fact]
    public async Task PostErpInvoice_ChargesOfAMessage_FollowPostedWithTheDocumentNumber()
    {
        var output = await ExecuteAsync("MSG-9001", "LAB");

        Assert.Equal("Posted", output.GetProperty("outcome").GetString());
        Assert.StartsWith("PS-INV", output.GetProperty("documentNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(36, output.GetProperty("invoiceId").GetString()!.Length);
        Assert.Equal("", output.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PostErpInvoice_TheSameMessageTwice_AnswersTheSameInvoice()
    {
        var first = await ExecuteAsync("MSG-9002", "MED");
        var second = await ExecuteAsync("MSG-9002", "MED");

        Assert.Equal(first.GetProperty("invoiceId").GetString(), second.GetProperty("invoiceId").GetString());
        Assert.Equal(first.GetProperty("documentNumber").GetString(), second.GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task PostErpInvoice_ACostCenterTheErpRefuses_FollowsRejectedWithTheErpMessage()
    {
        await (await Client.PostAsync("/sandbox/erp/faults", Raw("""{"rejectCostCenters":["SURG"]}"""), Ct)).ShouldBeOkAsync();

        var output = await ExecuteAsync("MSG-9003", "SURG");

        Assert.Equal("Rejected", output.GetProperty("outcome").GetString());
        Assert.Contains("SURG", output.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("", output.GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task PostErpInvoice_ErpDown_FollowsUnavailableWithTheReason()
    {
        await (await Client.PostAsync("/sandbox/erp/faults", Raw("""{"unavailableForSeconds":600}"""), Ct)).ShouldBeOkAsync();

        var output = await ExecuteAsync("MSG-9004", "LAB");

        Assert.Equal("Unavailable", output.GetProperty("outcome").GetString());
        Assert.Contains("503", output.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityDescriptors_ListPostErpInvoiceUnderErpWithItsOutcomesAndDefaultExpression()
    {
        var descriptors = await (await Client.GetAsync("/api/activity-descriptors", Ct)).ShouldBeOkAsync();

        var post = descriptors.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("typeName").GetString() == "PostErpInvoice");
        var externalDocumentNumber = post.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "externalDocumentNumber");
        Assert.Equal("ERP", post.GetProperty("category").GetString());
        Assert.Equal(["Posted", "Rejected", "Unavailable"], post.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("expression", externalDocumentNumber.GetProperty("defaultMode").GetString());
        Assert.Contains("controlId", externalDocumentNumber.GetProperty("defaultValue").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> ExecuteAsync(string controlId, string costCenter)
    {
        var input = new
        {
            controlId,
            payer = "BCBS",
            visit = "V-" + controlId,
            lines = new[] { new { description = "Comprehensive metabolic panel", itemNumber = "CPT-80053", quantity = 2, unitPrice = 45.50m, costCenter } },
        };
        var result = await (await Client.PostAsync($"/api/workflow-definitions/{DefinitionId}/execute", Body(input), Ct)).ShouldBeOkAsync();
        Assert.Equal("finished", result.GetProperty("status").GetString());
        return result.GetProperty("output");
    }

    /// <summary>Start → Post ERP Invoice (external document number left to its default) → one Finish per outcome.</summary>
    private static JsonObject PostCharges() => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = DefinitionId,
        ["name"] = "Post charges",
        ["nodes"] = new JsonArray(
            Node("start", "Start"),
            Node("post", "PostErpInvoice",
                ("customerNumber", Expr("input.payer")),
                ("invoiceDate", Literal("2026-03-02")),
                ("encounterReference", Expr("input.visit")),
                ("lines", Expr("input.lines"))),
            Outcome("posted", "Posted"),
            Outcome("rejected", "Rejected"),
            Outcome("unavailable", "Unavailable")),
        ["connections"] = new JsonArray(
            Connect("start", "Done", "post"),
            Connect("post", "Posted", "posted"),
            Connect("post", "Rejected", "rejected"),
            Connect("post", "Unavailable", "unavailable")),
    };

    private static JsonObject Outcome(string id, string outcome) => Node(id, "Finish", ("output", Expr(
        $"({{ outcome: '{outcome}', documentNumber: outputs.post.documentNumber, invoiceId: outputs.post.invoiceId, error: outputs.post.error }})")));
}
