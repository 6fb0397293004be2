using System.Net;
using System.Text.Json;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Server.Security;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Phi;

/// <summary>An ADT with known patient data through the adt-intake sample, then every instance API answer searched for it.</summary>
public sealed class PhiMaskingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string[] KnownPhi =
        ["EVERYWOMAN", "19620320", "1962-03-20", "PX884422", "4444 HOME STREET", "ANN ARBOR", "555-2004", "444-33-3333", "NUCLEAR", "NELDA", "555-1212"];

    private static readonly string Adt = string.Join('\r',
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261125083000||ADT^A01|MSG-PHI|P|2.5.1",
        "EVN|A01|20261125083000",
        "PID|1||PX884422^^^GHH^MR~PX884422B^^^GHH^PI||EVERYWOMAN^EVE^E^^^^L||19620320|F|||4444 HOME STREET^^ANN ARBOR^MI^99999||(555)555-2004|(555)555-1212||||AC555444|444-33-3333",
        "NK1|1|NUCLEAR^NELDA^W|SPO^Spouse||(555)555-1212",
        "PV1|1|I|2000^2012^01||||||SUR") + "\r";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstanceApi_AdtThroughAWorkflow_ShowsNoPatientDataInAnyAnswer()
    {
        var execute = await server.Client.PostAsync("/api/workflow-definitions/adt-intake/execute", Body(new { message = Adt }), Ct);
        var executed = await execute.ShouldBeOkAsync();
        var id = executed.GetProperty("instanceId").GetString()!;

        var answers = new List<string> { executed.GetRawText() };
        foreach (var url in new[] { $"/api/workflow-instances/{id}", "/api/workflow-instances?definitionId=adt-intake", "/api/audit", "/api/dead-letters" })
        {
            answers.Add(await (await server.Client.GetAsync(url, Ct)).Content.ReadAsStringAsync(Ct));
        }

        answers.Add(await (await server.Client.PostAsync($"/api/workflow-instances/{id}/cancel", null, Ct)).Content.ReadAsStringAsync(Ct));
        foreach (var answer in answers)
        {
            Assert.All(KnownPhi, phi => Assert.DoesNotContain(phi, answer, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task GetInstance_AdtInTheJournal_MasksFieldsButKeepsTheRestReadable()
    {
        var id = await RunAdtAsync();

        var instance = await (await server.Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

        var message = instance.GetProperty("input").GetProperty("message").GetString()!;
        Assert.Contains("ADT^A01|MSG-PHI", message);
        Assert.Contains("PID|1||***||***||***|F|||***||***|***||||***|***", message);
        Assert.Contains("NK1|1|***|SPO^Spouse||***", message);
        Assert.Contains("PV1|1|I|2000^2012^01", message);
        var patient = ParseStep(instance).GetProperty("outputs").GetProperty("adt").GetProperty("patient");
        Assert.Equal("***", patient.GetProperty("birthDate").GetString());
        Assert.Equal("***", patient.GetProperty("names")[0].GetProperty("family").GetString());
        Assert.Equal("F", patient.GetProperty("sex").GetString());
    }

    [Fact]
    public async Task RevealJournalEntry_AdminKey_ShowsThePayloadAndAuditsTheReveal()
    {
        var id = await RunAdtAsync();
        var sequence = ParseStep(await (await server.Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync()).GetProperty("sequence").GetInt32();

        var revealed = await (await server.Client.PostAsync($"/api/workflow-instances/{id}/journal/{sequence}/reveal", null, Ct)).ShouldBeOkAsync();

        Assert.Contains("EVERYWOMAN^EVE", revealed.GetProperty("inputs").GetProperty("message").GetString());
        Assert.Equal("1962-03-20", revealed.GetProperty("outputs").GetProperty("adt").GetProperty("patient").GetProperty("birthDate").GetString());
        var audit = await (await server.Client.GetAsync($"/api/audit?action=phi.revealed&targetId={id}/{sequence}", Ct)).ShouldBeOkAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("journalEntry", entry.GetProperty("target").GetProperty("type").GetString());
        Assert.Equal("Bootstrap admin", entry.GetProperty("actor").GetProperty("name").GetString());
        Assert.All(KnownPhi, phi => Assert.DoesNotContain(phi, entry.GetRawText(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RevealInstance_PhiViewerRole_ShowsTheInputUnmasked()
    {
        var id = await RunAdtAsync();
        using var viewer = await ClientWithRolesAsync("PhiViewer");

        var revealed = await (await viewer.PostAsync($"/api/workflow-instances/{id}/reveal", null, Ct)).ShouldBeOkAsync();

        Assert.Contains("444-33-3333", revealed.GetProperty("input").GetProperty("message").GetString());
        var audit = await (await server.Client.GetAsync($"/api/audit?action=phi.revealed&targetType=workflowInstance&targetId={id}", Ct)).ShouldBeOkAsync();
        Assert.Equal("PhiViewer test key", Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("actor").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Reveal_KeyWithoutThePhiPermission_IsForbiddenAndAuditsNothing()
    {
        var id = await RunAdtAsync();
        using var viewer = await ClientWithRolesAsync("Viewer");

        var response = await viewer.PostAsync($"/api/workflow-instances/{id}/journal/1/reveal", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var audit = await (await server.Client.GetAsync($"/api/audit?action=phi.revealed&targetId={id}/1", Ct)).ShouldBeOkAsync();
        Assert.Equal(0, audit.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task RevealJournalEntry_UnknownEntry_IsNotFoundAndABadSequenceABadRequest()
    {
        var id = await RunAdtAsync();

        await (await server.Client.PostAsync($"/api/workflow-instances/{id}/journal/first/reveal", null, Ct)).ShouldBeProblemAsync(400);

        await (await server.Client.PostAsync($"/api/workflow-instances/{id}/journal/999/reveal", null, Ct)).ShouldBeProblemAsync(404);
        await (await server.Client.PostAsync("/api/workflow-instances/no-such-instance/reveal", null, Ct)).ShouldBeProblemAsync(404);
    }

    private async Task<string> RunAdtAsync()
    {
        var executed = await (await server.Client.PostAsync("/api/workflow-definitions/adt-intake/execute", Body(new { message = Adt }), Ct)).ShouldBeOkAsync();
        return executed.GetProperty("instanceId").GetString()!;
    }

    private static JsonElement ParseStep(JsonElement instance) =>
        instance.GetProperty("journal").EnumerateArray().Single(e => e.GetProperty("nodeId").GetString() == "parse");

    private async Task<HttpClient> ClientWithRolesAsync(string roles)
    {
        var key = $"phi-test-{roles}-{Guid.NewGuid():N}";
        await server.Host.Services.GetRequiredService<IApiKeyStore>().AddAsync(new ApiKeyRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = roles + " test key",
            KeyHash = ApiKeyHasher.Hash(key),
            Prefix = ApiKeyHasher.Prefix(key),
            Roles = roles,
            CreatedAt = server.Host.Clock.GetUtcNow(),
        }, Ct);
        return server.Host.CreateClient(key);
    }
}
