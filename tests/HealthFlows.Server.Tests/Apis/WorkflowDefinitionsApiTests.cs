using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class WorkflowDefinitionsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private async Task<JsonElement> CreateAsync(JsonObject definition) =>
        await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);

    [Fact]
    public async Task Create_AnswersCreatedWithADraftVersion1AndALocation()
    {
        var response = await Client.PostAsync("/api/workflow-definitions", Body(Workflows.Threshold("create-me")), Ct);

        var body = await response.ShouldBeOkAsync(201);
        Assert.Equal("/api/workflow-definitions/create-me", response.Headers.Location?.OriginalString);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("draft", body.GetProperty("state").GetString());
        Assert.Equal(1, body.GetProperty("revision").GetInt32());
        Assert.Equal(4, body.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Create_WithoutAnId_MakesOneFromTheName()
    {
        var definition = Workflows.Threshold("ignored");
        definition.Remove("definitionId");
        definition["name"] = "Lab Charges: Night Shift";

        var body = await CreateAsync(definition);

        Assert.Equal("lab-charges-night-shift", body.GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task Create_AnExistingId_Answers409AndChangesNothing()
    {
        await CreateAsync(Workflows.Threshold("taken"));
        var second = Workflows.Threshold("taken");
        second["name"] = "Other";

        await (await Client.PostAsync("/api/workflow-definitions", Body(second), Ct)).ShouldBeProblemAsync(409);

        var stored = await (await Client.GetAsync("/api/workflow-definitions/taken", Ct)).ShouldBeOkAsync();
        Assert.Equal("Threshold taken", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Save_UpdatesTheDraftAndBumpsItsRevision()
    {
        var created = await CreateAsync(Workflows.Threshold("save-me"));
        var edited = JsonNode.Parse(created.GetRawText())!.AsObject();
        edited["name"] = "Renamed";

        var saved = await (await Client.PutAsync("/api/workflow-definitions/save-me", Body(edited), Ct)).ShouldBeOkAsync();

        Assert.Equal("Renamed", saved.GetProperty("name").GetString());
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(2, saved.GetProperty("revision").GetInt32());
        Assert.False(saved.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Save_OverAStaleDraft_Answers409()
    {
        var created = await CreateAsync(Workflows.Threshold("stale"));
        var mine = JsonNode.Parse(created.GetRawText())!.AsObject();
        var theirs = JsonNode.Parse(created.GetRawText())!.AsObject();
        theirs["name"] = "Theirs";
        await (await Client.PutAsync("/api/workflow-definitions/stale", Body(theirs), Ct)).ShouldBeOkAsync();
        mine["name"] = "Mine";

        var problem = await (await Client.PutAsync("/api/workflow-definitions/stale", Body(mine), Ct)).ShouldBeProblemAsync(409);

        Assert.Contains("Someone else saved", problem.GetProperty("detail").GetString());
        var stored = await (await Client.GetAsync("/api/workflow-definitions/stale", Ct)).ShouldBeOkAsync();
        Assert.Equal("Theirs", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Publish_MakesTheDraftPublished_AndASaveAfterwardsStartsVersion2()
    {
        var created = await CreateAsync(Workflows.Threshold("publish-me"));

        var published = await (await Client.PostAsync("/api/workflow-definitions/publish-me/publish", Body(new { note = "First release" }), Ct)).ShouldBeOkAsync();
        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Equal("First release", published.GetProperty("versionNote").GetString());

        var edit = JsonNode.Parse(published.GetRawText())!.AsObject();
        edit["description"] = "second";
        var draft = await (await Client.PutAsync("/api/workflow-definitions/publish-me", Body(edit), Ct)).ShouldBeOkAsync();
        Assert.Equal(2, draft.GetProperty("version").GetInt32());
        Assert.Equal("draft", draft.GetProperty("state").GetString());

        await (await Client.PostAsync("/api/workflow-definitions/publish-me/publish", null, Ct)).ShouldBeOkAsync();
        var versions = await (await Client.GetAsync("/api/workflow-definitions/publish-me/versions", Ct)).ShouldBeOkAsync();
        Assert.Equal(["archived", "published"], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("state").GetString()));
        var v1 = await (await Client.GetAsync("/api/workflow-definitions/publish-me/versions/1", Ct)).ShouldBeOkAsync();
        Assert.False(v1.TryGetProperty("description", out _));
        Assert.Equal(created.GetProperty("nodes").GetArrayLength(), v1.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Publish_WithoutADraft_Answers409()
    {
        await CreateAsync(Workflows.Threshold("no-draft"));
        await (await Client.PostAsync("/api/workflow-definitions/no-draft/publish", null, Ct)).ShouldBeOkAsync();

        await (await Client.PostAsync("/api/workflow-definitions/no-draft/publish", null, Ct)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Publish_AnInvalidDraft_Answers422WithEveryProblemAndKeepsTheDraft()
    {
        var broken = Workflows.Threshold("broken");
        broken["nodes"]!.AsArray().Add(Workflows.Node("mystery", "NoSuchActivity"));
        await CreateAsync(broken);

        var problem = await (await Client.PostAsync("/api/workflow-definitions/broken/publish", null, Ct)).ShouldBeProblemAsync(422);

        var codes = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Contains("UnknownActivityType", codes);
        Assert.Contains("UnreachableNode", codes);
        var stored = await (await Client.GetAsync("/api/workflow-definitions/broken", Ct)).ShouldBeOkAsync();
        Assert.Equal("draft", stored.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Validate_ListsEveryProblemWithItsNode()
    {
        var definition = Workflows.Threshold("validate-me");
        var nodes = definition["nodes"]!.AsArray();
        nodes.Add(Workflows.Node("unknown", "Teleport"));
        nodes.Add(Workflows.Node("noCondition", "If"));
        nodes.Add(Workflows.Node("loopA", "SetVariable", ("variable", Workflows.Literal("x")), ("value", Workflows.Literal(1))));
        nodes.Add(Workflows.Node("loopB", "Log", ("message", Workflows.Literal("again"))));
        var connections = definition["connections"]!.AsArray();
        connections.Add(Workflows.Connect("check", "True", "ghost"));
        connections.Add(Workflows.Connect("small", "Done", "noCondition"));
        connections.Add(Workflows.Connect("loopA", "Done", "loopB"));
        connections.Add(Workflows.Connect("loopB", "Done", "loopA"));
        definition["variables"] = new JsonArray(new JsonObject { ["name"] = "x" });

        var result = await (await Client.PostAsync("/api/workflow-definitions/validate-me/validate", Body(definition), Ct)).ShouldBeOkAsync();

        Assert.False(result.GetProperty("valid").GetBoolean());
        var problems = result.GetProperty("problems").EnumerateArray().Select(p => (Code: p.GetProperty("code").GetString(), Node: p.TryGetProperty("nodeId", out var n) ? n.GetString() : null)).ToList();
        Assert.Contains(("UnknownActivityType", "unknown"), problems);
        Assert.Contains(("DanglingConnection", "check"), problems);
        Assert.Contains(("MissingRequiredInput", "noCondition"), problems);
        Assert.Contains(("UnknownOutcome", "small"), problems);
        Assert.Contains(("UnreachableNode", "loopA"), problems);
        Assert.Contains(("LoopWithoutWait", "loopA"), problems);
    }

    [Fact]
    public async Task Validate_WithAnEmptyBody_ChecksTheStoredVersion()
    {
        await CreateAsync(Workflows.Threshold("valid-one"));

        var result = await (await Client.PostAsync("/api/workflow-definitions/valid-one/validate", null, Ct)).ShouldBeOkAsync();

        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(0, result.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Revert_CopiesAnOldVersionIntoANewDraft()
    {
        await CreateAsync(Workflows.Threshold("revert-me", threshold: 10));
        await (await Client.PostAsync("/api/workflow-definitions/revert-me/publish", null, Ct)).ShouldBeOkAsync();
        var v2 = Workflows.Threshold("revert-me", threshold: 99);
        v2["version"] = 1;
        await (await Client.PutAsync("/api/workflow-definitions/revert-me", Body(v2), Ct)).ShouldBeOkAsync();
        await (await Client.PostAsync("/api/workflow-definitions/revert-me/publish", null, Ct)).ShouldBeOkAsync();

        var draft = await (await Client.PostAsync("/api/workflow-definitions/revert-me/revert/1", null, Ct)).ShouldBeOkAsync();

        Assert.Equal(3, draft.GetProperty("version").GetInt32());
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        Assert.Equal("Reverted to version 1", draft.GetProperty("versionNote").GetString());
        Assert.Contains("input.n > 10", draft.GetProperty("nodes")[1].GetRawText());
        await (await Client.PostAsync("/api/workflow-definitions/revert-me/revert/42", null, Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task ExportThenImport_RoundTripsAndAddsADraftVersionToAnExistingDefinition()
    {
        var original = Workflows.Threshold("round-trip");
        original["designer"] = new JsonObject { ["zoom"] = 1.5 };
        original["nodes"]![0]!["color"] = "teal";
        original["connections"]![0]!["style"] = "dashed";
        await CreateAsync(original);
        await (await Client.PostAsync("/api/workflow-definitions/round-trip/publish", null, Ct)).ShouldBeOkAsync();

        var exported = await Client.GetAsync("/api/workflow-definitions/round-trip/export", Ct);
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Contains("round-trip.workflow.json", exported.Content.Headers.ContentDisposition?.ToString());
        var file = await exported.Content.ReadAsStringAsync(Ct);

        var imported = await (await Client.PostAsync("/api/workflow-definitions/import", Raw(file), Ct)).ShouldBeOkAsync(201);
        Assert.Equal(2, imported.GetProperty("version").GetInt32());
        Assert.Equal(1.5, imported.GetProperty("designer").GetProperty("zoom").GetDouble());
        Assert.Equal("teal", imported.GetProperty("nodes")[0].GetProperty("color").GetString());
        Assert.Equal("dashed", imported.GetProperty("connections")[0].GetProperty("style").GetString());

        var reexported = await (await Client.GetAsync("/api/workflow-definitions/round-trip/export", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Equal(file.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal), reexported);
    }

    [Fact]
    public async Task Import_OfANewId_CreatesTheDefinition()
    {
        var file = Workflows.Threshold("brand-new-import").ToJsonString();

        var imported = await (await Client.PostAsync("/api/workflow-definitions/import", Raw(file), Ct)).ShouldBeOkAsync(201);

        Assert.Equal(1, imported.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Delete_RemovesEveryVersion_ThenAnswers404()
    {
        await CreateAsync(Workflows.Threshold("delete-me"));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/workflow-definitions/delete-me", Ct)).StatusCode);

        await (await Client.GetAsync("/api/workflow-definitions/delete-me", Ct)).ShouldBeProblemAsync(404);
        await (await Client.DeleteAsync("/api/workflow-definitions/delete-me", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task List_FiltersSortsAndPages()
    {
        await CreateAsync(Workflows.Threshold("zz-list-a"));
        await CreateAsync(Workflows.Threshold("zz-list-b"));
        await (await Client.PostAsync("/api/workflow-definitions/zz-list-b/publish", null, Ct)).ShouldBeOkAsync();

        var search = await (await Client.GetAsync("/api/workflow-definitions?search=zz-list&sort=name", Ct)).ShouldBeOkAsync();
        Assert.Equal(2, search.GetProperty("totalCount").GetInt32());
        Assert.Equal(["zz-list-a", "zz-list-b"], search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("definitionId").GetString()));

        var published = await (await Client.GetAsync("/api/workflow-definitions?search=zz-list&status=published", Ct)).ShouldBeOkAsync();
        Assert.Equal("zz-list-b", published.GetProperty("items").EnumerateArray().Single().GetProperty("definitionId").GetString());

        var paged = await (await Client.GetAsync("/api/workflow-definitions?search=zz-list&pageSize=1&page=2&sort=name", Ct)).ShouldBeOkAsync();
        Assert.Equal(2, paged.GetProperty("totalCount").GetInt32());
        Assert.Equal("zz-list-b", paged.GetProperty("items").EnumerateArray().Single().GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task SampleWorkflows_AreLoadedAndPublishedOnFirstStart()
    {
        var list = await (await Client.GetAsync("/api/workflow-definitions?status=published&pageSize=500", Ct)).ShouldBeOkAsync();

        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("definitionId").GetString()).ToList();
        foreach (var sample in Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.json"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(sample), ids);
        }
    }
}
