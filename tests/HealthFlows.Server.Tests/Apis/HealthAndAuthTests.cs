using System.Net;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Apis;

public sealed class HealthAndAuthTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersHealthyWithoutAKey(string path)
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        var response = await anonymous.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Api_WithoutAValidKey_Answers401Problem(string? key)
    {
        using var client = server.Host.CreateClient(key);

        var response = await client.GetAsync("/api/workflow-definitions", Ct);

        var problem = await response.ShouldBeProblemAsync(401);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_GivesEveryOperationAUniqueIdAndASummary()
    {
        var document = await (await server.Client.GetAsync("/openapi/v1.json", Ct)).ShouldBeOkAsync();
        var ids = new List<string>();
        foreach (var operation in document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            ids.Add(operation.Value.GetProperty("operationId").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()));
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task UnknownApiRoute_Answers404Problem()
    {
        var response = await server.Client.GetAsync("/api/no-such-thing", Ct);

        await response.ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task ActivityDescriptors_ComeFromTheActivityClasses()
    {
        var body = await (await server.Client.GetAsync("/api/activity-descriptors", Ct)).ShouldBeOkAsync();

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(d => d.GetProperty("typeName").GetString()!);
        Assert.Equal(body.GetProperty("totalCount").GetInt32(), items.Count);
        foreach (var type in new[] { "Start", "If", "Switch", "ForEach", "Fork", "Join", "SetVariable", "Log", "Delay", "Fail", "Finish" })
        {
            Assert.True(items.ContainsKey(type), $"{type} is missing from the descriptors");
        }

        var condition = items["If"].GetProperty("inputs").EnumerateArray().Single();
        Assert.Equal("condition", condition.GetProperty("name").GetString());
        Assert.Equal("boolean", condition.GetProperty("type").GetString());
        Assert.Equal("expression", condition.GetProperty("defaultMode").GetString());
        Assert.Equal(["True", "False"], items["If"].GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("trigger", items["Start"].GetProperty("kind").GetString());
        Assert.True(items["Delay"].GetProperty("isBlocking").GetBoolean());
        Assert.Equal("cases", items["Switch"].GetProperty("dynamicOutcomes").GetProperty("fromInput").GetString());
        Assert.Equal(JsonValueKind.Array, items["Join"].GetProperty("inputs")[0].GetProperty("options").ValueKind);
    }
}
