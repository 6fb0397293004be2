using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class BadInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    public static TheoryData<string, string> MalformedDefinitions => new()
    {
        { "{\"name\": \"x\", ", "not valid JSON" },
        { "[1, 2, 3]", "JSON object" },
        { "{\"name\": \"x\", \"nodes\": \"not a list\"}", "$.nodes" },
        { "{\"name\": \"x\", \"nodes\": [{\"id\": \"a\", \"type\": \"Start\", \"position\": {\"x\": \"left\"}}]}", "$.nodes[0].position.x" },
        { "{\"name\": \"x\", \"schemaVersion\": \"one\"}", "$.schemaVersion" },
        { "{\"name\": null}", "$.name" },
        { "{\"name\": \"x\", \"nodes\": [{\"id\": \"a\", \"type\": \"If\", \"inputs\": {\"condition\": {\"mode\": \"magic\", \"value\": 1}}}]}", "mode" },
        { "{\"name\": \"x\", \"nodes\": [{\"id\": \"\", \"type\": \"If\"}]}", "id and a type" },
        { "null", "JSON object" },
    };

    [Theory]
    [MemberData(nameof(MalformedDefinitions))]
    public async Task CreateWithAMalformedBody_Answers400ThatSaysWhereAndStoresNothing(string body, string expected)
    {
        var before = await CountDefinitionsAsync();

        var problem = await (await Client.PostAsync("/api/workflow-definitions", Raw(body), Ct)).ShouldBeProblemAsync(400);

        Assert.Contains(expected, problem.GetProperty("detail").GetString() + problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountDefinitionsAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotJson_Answers415()
    {
        await (await Client.PostAsync("/api/workflow-definitions", Raw("name=x", "application/x-www-form-urlencoded"), Ct)).ShouldBeProblemAsync(415);
    }

    [Fact]
    public async Task AnOversizedBody_Answers413AndStoresNothing()
    {
        var before = await CountDefinitionsAsync();
        var huge = JsonSerializer.Serialize(new { name = "big", description = new string('x', 5 * 1024 * 1024) });

        var problem = await (await Client.PostAsync("/api/workflow-definitions", Raw(huge), Ct)).ShouldBeProblemAsync(413);

        Assert.Contains("larger than", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountDefinitionsAsync());
    }

    [Fact]
    public async Task AnInvalidDefinitionId_Answers422()
    {
        var definition = Workflows.Threshold("Not Valid!");

        var problem = await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeProblemAsync(422);

        Assert.Equal("InvalidDefinitionId", problem.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/workflow-instances?status=bogus")]
    [InlineData("/api/workflow-instances?subStatus=1")]
    [InlineData("/api/workflow-instances?page=0")]
    [InlineData("/api/workflow-instances?pageSize=100000")]
    [InlineData("/api/workflow-instances?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    [InlineData("/api/workflow-instances?page=abc")]
    [InlineData("/api/workflow-definitions?status=deleted")]
    [InlineData("/api/workflow-definitions?sort=random")]
    public async Task BadQueryParameters_Answer400Problems(string url)
    {
        await (await Client.GetAsync(url, Ct)).ShouldBeProblemAsync(400);
    }

    [Theory]
    [InlineData("GET", "/api/workflow-definitions/does-not-exist")]
    [InlineData("PUT", "/api/workflow-definitions/does-not-exist")]
    [InlineData("GET", "/api/workflow-definitions/does-not-exist/versions")]
    [InlineData("GET", "/api/workflow-definitions/http-echo/versions/999")]
    [InlineData("POST", "/api/workflow-definitions/does-not-exist/publish")]
    [InlineData("POST", "/api/workflow-definitions/does-not-exist/revert/1")]
    [InlineData("GET", "/api/workflow-definitions/does-not-exist/export")]
    [InlineData("POST", "/api/workflow-definitions/does-not-exist/validate")]
    [InlineData("POST", "/api/workflow-definitions/does-not-exist/execute")]
    [InlineData("GET", "/api/workflow-instances/does-not-exist")]
    [InlineData("POST", "/api/workflow-instances/does-not-exist/cancel")]
    [InlineData("POST", "/api/workflow-instances/does-not-exist/retry")]
    [InlineData("DELETE", "/api/workflow-instances/does-not-exist")]
    [InlineData("POST", "/api/bookmarks/does-not-exist/resume")]
    public async Task UnknownIds_Answer404Problems(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "PUT")
        {
            request.Content = Body(Workflows.Threshold("does-not-exist"));
        }

        await (await Client.SendAsync(request, Ct)).ShouldBeProblemAsync(404);
    }

    [Theory]
    [InlineData("{\"note\": 5}")]
    [InlineData("\"just text\"")]
    public async Task PublishWithAMalformedNote_Answers400(string body)
    {
        await (await Client.PostAsync("/api/workflow-definitions/http-echo/publish", Raw(body), Ct)).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task ExecuteWithMalformedInput_Answers400AndStartsNoInstance()
    {
        var before = await CountInstancesAsync();

        await (await Client.PostAsync("/api/workflow-definitions/http-echo/execute", Raw("{\"message\": "), Ct)).ShouldBeProblemAsync(400);

        Assert.Equal(before, await CountInstancesAsync());
    }

    [Theory]
    [InlineData("'; DROP TABLE workflow_definitions; --")]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    public async Task HostileIds_AreJustUnknownIds(string id)
    {
        await (await Client.GetAsync($"/api/workflow-definitions/{Uri.EscapeDataString(id)}", Ct)).ShouldBeProblemAsync(404);
        Assert.True(await CountDefinitionsAsync() > 0);
    }

    private async Task<int> CountDefinitionsAsync() =>
        (await (await Client.GetAsync("/api/workflow-definitions?pageSize=1", Ct)).ShouldBeOkAsync()).GetProperty("totalCount").GetInt32();

    private async Task<int> CountInstancesAsync() =>
        (await (await Client.GetAsync("/api/workflow-instances?pageSize=1", Ct)).ShouldBeOkAsync()).GetProperty("totalCount").GetInt32();
}
