using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Reliability;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Auditing;

/// <summary>
/// Calls every operation of the OpenAPI document that changes something, once, and reads the audit entry it left. An
/// operation added to the API without an audit entry (or a reason in <see cref="NotAudited"/>) fails this test.
/// </summary>
public sealed class AuditCoverageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Mutating methods that change nothing an auditor asks about: reads and the data plane (the instance is the record).</summary>
    private static readonly HashSet<string> NotAudited = ["ValidateWorkflowDefinition", "ParseHl7Message", "ExecuteWorkflowDefinition", "ResumeBookmark"];

    private readonly HashSet<string> covered = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task EveryMutatingOperation_Succeeding_AppendsAnAuditEntryAndTheChainVerifies()
    {
        var created = await Audited("CreateWorkflowDefinition", () => Client.PostAsync("/api/workflow-definitions", Body(Workflows.Threshold("audit-a")), Ct),
            "definition.created", "workflowDefinition", "audit-a");
        var draft = Workflows.Threshold("audit-a", threshold: 20);
        draft["version"] = 1;
        var revision = created.GetProperty("summary").GetProperty("after").GetProperty("revision").GetInt32();
        draft["revision"] = revision;
        var saved = await Audited("SaveWorkflowDefinition", () => Client.PutAsync("/api/workflow-definitions/audit-a", Body(draft), Ct),
            "definition.saved", "workflowDefinition", "audit-a");
        Assert.Equal(revision, saved.GetProperty("summary").GetProperty("before").GetProperty("revision").GetInt32());
        await Audited("PublishWorkflowDefinition", () => Client.PostAsync("/api/workflow-definitions/audit-a/publish", null, Ct),
            "definition.published", "workflowDefinition", "audit-a");
        var retracted = await Audited("RetractWorkflowDefinition", () => Client.PostAsync("/api/workflow-definitions/audit-a/retract", null, Ct),
            "definition.retracted", "workflowDefinition", "audit-a");
        Assert.Equal(1, retracted.GetProperty("summary").GetProperty("before").GetProperty("publishedVersion").GetInt32());
        Assert.False(retracted.GetProperty("summary").GetProperty("after").TryGetProperty("publishedVersion", out _));
        await Audited("RevertWorkflowDefinition", () => Client.PostAsync("/api/workflow-definitions/audit-a/revert/1", null, Ct),
            "definition.reverted", "workflowDefinition", "audit-a");
        await Audited("ImportWorkflowDefinition", () => Client.PostAsync("/api/workflow-definitions/import", Body(Workflows.Threshold("audit-b")), Ct),
            "definition.imported", "workflowDefinition", "audit-b");
        var deleted = await Audited("DeleteWorkflowDefinition", () => Client.DeleteAsync("/api/workflow-definitions/audit-b", Ct),
            "definition.deleted", "workflowDefinition", "audit-b");
        Assert.False(deleted.GetProperty("summary").TryGetProperty("after", out _));

        await PublishAsync(Workflows.Waiting("audit-wait"));
        var waiting = await ExecuteAsync("/api/workflow-definitions/audit-wait/execute", new { });
        await Audited("CancelWorkflowInstance", () => Client.PostAsync($"/api/workflow-instances/{waiting}/cancel", null, Ct),
            "instance.cancelled", "workflowInstance", waiting);
        await Audited("DeleteWorkflowInstance", () => Client.DeleteAsync($"/api/workflow-instances/{waiting}", Ct),
            "instance.deleted", "workflowInstance", waiting);
        await (await Client.PostAsync("/api/workflow-definitions", Body(Faulting("audit-fault")), Ct)).ShouldBeOkAsync(201);
        var faulted = await ExecuteAsync("/api/workflow-definitions/audit-fault/execute?version=1", new { });
        await Audited("RetryWorkflowInstance", () => Client.PostAsync($"/api/workflow-instances/{faulted}/retry", null, Ct),
            "instance.retried", "workflowInstance", faulted);
        await Audited("RevealWorkflowInstance", () => Client.PostAsync($"/api/workflow-instances/{faulted}/reveal", null, Ct),
            "phi.revealed", "workflowInstance", faulted);
        await Audited("RevealJournalEntry", () => Client.PostAsync($"/api/workflow-instances/{faulted}/journal/1/reveal", null, Ct),
            "phi.revealed", "journalEntry", $"{faulted}/1");
        await Audited("RevealRawMessages", () => Client.PostAsync($"/api/workflow-instances/{faulted}/raw-messages/reveal", null, Ct),
            "phi.revealed", "rawMessages", faulted);

        await PublishAsync(RetryWorkflows.FlakyPost("audit-flaky", schedule: []));
        var erpUpAt = server.Host.Clock.GetUtcNow().AddDays(1).ToString("O");
        await ExecuteAsync("/api/workflow-definitions/audit-flaky/execute", new { erpUpAt, messageId = "A" });
        await ExecuteAsync("/api/workflow-definitions/audit-flaky/execute", new { erpUpAt, messageId = "B" });
        var pending = await (await Client.GetAsync("/api/dead-letters?definitionId=audit-flaky&status=pending", Ct)).ShouldBeOkAsync();
        var deadLetters = pending.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        await Audited("ReplayDeadLetter", () => Client.PostAsync($"/api/dead-letters/{deadLetters[0]}/replay", null, Ct),
            "deadLetter.replayed", "deadLetter", deadLetters[0]);
        var discarded = await Audited("DiscardDeadLetter", () => Client.PostAsync($"/api/dead-letters/{deadLetters[1]}/discard", null, Ct),
            "deadLetter.discarded", "deadLetter", deadLetters[1]);
        Assert.Equal("pending", discarded.GetProperty("summary").GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("discarded", discarded.GetProperty("summary").GetProperty("after").GetProperty("status").GetString());

        await Audited("CreateCostCenter", () => Client.PostAsync("/api/cost-centers", Body(new { code = "aud-1", name = "Audit" }), Ct),
            "costCenter.created", "costCenter", "AUD-1");
        var updated = await Audited("UpdateCostCenter", () => Client.PutAsync("/api/cost-centers/aud-1", Body(new { name = "Audit two" }), Ct),
            "costCenter.updated", "costCenter", "AUD-1");
        Assert.Equal("Audit", updated.GetProperty("summary").GetProperty("before").GetProperty("name").GetString());
        Assert.Equal("Audit two", updated.GetProperty("summary").GetProperty("after").GetProperty("name").GetString());
        await Audited("CreateCostCenterMapping", () => Client.PostAsync("/api/cost-center-mappings", Body(new { kind = "department", sourceCode = "aud", costCenterCode = "AUD-1" }), Ct),
            "costCenterMapping.created", "costCenterMapping", "Department/AUD");
        await Audited("UpdateCostCenterMapping", () => Client.PutAsync("/api/cost-center-mappings/department/aud", Body(new { costCenterCode = "AUD-1" }), Ct),
            "costCenterMapping.updated", "costCenterMapping", "Department/AUD");
        await Audited("DeleteCostCenterMapping", () => Client.DeleteAsync("/api/cost-center-mappings/department/aud", Ct),
            "costCenterMapping.deleted", "costCenterMapping", "Department/AUD");
        await Audited("DeleteCostCenter", () => Client.DeleteAsync("/api/cost-centers/aud-1", Ct),
            "costCenter.deleted", "costCenter", "AUD-1");
        var imported = await Audited("ImportCostCenters", () => Client.PostAsync("/api/cost-centers/import", Raw("code,name\nAUD-2,Imported\n", "text/csv"), Ct),
            "costCenter.imported", "costCenter", null);
        Assert.Equal(1, imported.GetProperty("summary").GetProperty("imported").GetProperty("inserted").GetInt32());
        await Audited("ImportCostCenterMappings", () => Client.PostAsync("/api/cost-center-mappings/import", Raw("kind,sourceCode,costCenterCode\nDepartment,AUD2,AUD-2\n", "text/csv"), Ct),
            "costCenterMapping.imported", "costCenterMapping", null);

        var user = await Audited("CreateUser", () => Client.PostAsync("/api/users", Body(new { userName = "audit-user", password = "audit-password-1234", roles = new[] { "Viewer" } }), Ct),
            "user.created", "user", null, targetFromResponse: true);
        var userId = user.GetProperty("target").GetProperty("id").GetString()!;
        await Audited("SetUserRoles", () => Client.PutAsync($"/api/users/{userId}/roles", Body(new { roles = new[] { "Analyst" } }), Ct), "user.changed", "user", userId);
        await Audited("ResetUserPassword", () => Client.PostAsync($"/api/users/{userId}/reset-password", Body(new { password = "audit-password-5678" }), Ct), "user.changed", "user", userId);
        await Audited("DisableUser", () => Client.PostAsync($"/api/users/{userId}/disable", null, Ct), "user.revoked", "user", userId);
        await Audited("EnableUser", () => Client.PostAsync($"/api/users/{userId}/enable", null, Ct), "user.changed", "user", userId);
        var key = await Audited("CreateApiKey", () => Client.PostAsync("/api/api-keys", Body(new { name = "audit key", roles = new[] { "Viewer" } }), Ct),
            "apiKey.created", "apiKey", null, targetFromResponse: true);
        var keyId = key.GetProperty("target").GetProperty("id").GetString()!;
        await Audited("RevokeApiKey", () => Client.DeleteAsync($"/api/api-keys/{keyId}", Ct), "apiKey.revoked", "apiKey", keyId);
        using (var anonymous = server.Host.CreateClient(apiKey: null))
        {
            await Audited("SignIn", () => anonymous.PostAsync("/api/auth/sign-in", Body(new { userName = "audit-user", password = "audit-password-5678" }), Ct),
                "signIn.succeeded", "session", userId, actorKind: "user");
        }

        Assert.Equal((await MutatingOperationsAsync()).Except(NotAudited).Order(), covered.Order());
        var verification = await (await Client.GetAsync("/api/audit/verify", Ct)).ShouldBeOkAsync();
        var total = (await (await Client.GetAsync("/api/audit?pageSize=1", Ct)).ShouldBeOkAsync()).GetProperty("totalCount").GetInt32();
        Assert.True(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(total, verification.GetProperty("checked").GetInt32());
    }

    [Fact]
    public async Task RefusedOperation_ChangesNothing_AndAppendsNoEntry()
    {
        var before = await NewestSequenceAsync();

        await (await Client.PostAsync("/api/workflow-definitions/no-such-workflow/publish", null, Ct)).ShouldBeProblemAsync(404);
        await (await Client.PostAsync("/api/cost-centers", Raw("{ not json"), Ct)).ShouldBeProblemAsync(400);

        Assert.Equal(before, await NewestSequenceAsync());
    }

    /// <summary>Sends the request, expects success, and returns the newest audit entry after checking its action, target and actor.</summary>
    private async Task<JsonElement> Audited(
        string operationId, Func<Task<HttpResponseMessage>> send, string action, string targetType, string? targetId,
        bool targetFromResponse = false, string actorKind = "apiKey")
    {
        var before = await NewestSequenceAsync();
        var response = await send();
        Assert.True(response.IsSuccessStatusCode, $"{operationId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        var entry = (await (await Client.GetAsync("/api/audit?pageSize=1", Ct)).ShouldBeOkAsync()).GetProperty("items")[0];

        Assert.Equal(before + 1, entry.GetProperty("sequence").GetInt64());
        Assert.Equal(action, entry.GetProperty("action").GetString());
        Assert.Equal(targetType, entry.GetProperty("target").GetProperty("type").GetString());
        var entryTarget = entry.GetProperty("target").TryGetProperty("id", out var id) ? id.GetString() : null;
        if (targetFromResponse)
        {
            // The new user's or key's id is generated: the entry must name the one the response gives.
            Assert.Equal((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString(), entryTarget);
        }
        else
        {
            Assert.Equal(targetId, entryTarget);
        }

        Assert.Equal(actorKind, entry.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal("127.0.0.1", entry.GetProperty("remoteAddress").GetString());
        Assert.Equal(64, entry.GetProperty("hash").GetString()!.Length);
        covered.Add(operationId);
        return entry;
    }

    private async Task<long> NewestSequenceAsync()
    {
        var page = await (await Client.GetAsync("/api/audit?pageSize=1", Ct)).ShouldBeOkAsync();
        return page.GetProperty("items").GetArrayLength() == 0 ? 0 : page.GetProperty("items")[0].GetProperty("sequence").GetInt64();
    }

    private async Task<IEnumerable<string>> MutatingOperationsAsync()
    {
        var document = await (await Client.GetAsync("/openapi/v1.json", Ct)).ShouldBeOkAsync();
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Name is "post" or "put" or "patch" or "delete")
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .ToList();
    }

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<string> ExecuteAsync(string url, object input) =>
        (await (await Client.PostAsync(url, Body(input), Ct)).ShouldBeOkAsync()).GetProperty("instanceId").GetString()!;

    /// <summary>Start → If on a property of nothing: faults every time, so retry has something to retry.</summary>
    private static JsonObject Faulting(string id)
    {
        var definition = Workflows.Threshold(id);
        definition["nodes"]![1]!["inputs"]!["condition"] = Workflows.Expr("input.missing.deeper > 1");
        return definition;
    }
}
