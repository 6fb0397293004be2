using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Dashboard;

/// <summary>GET /api/dashboard over instances run through the API on the real server (SQLite, a fake clock moved between runs).</summary>
public sealed class DashboardApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task Get_InstancesRunOverTwoHours_AnswersHourlyBarsFailureRateSuspendedAndSteps()
    {
        await PublishAsync(Workflows.Threshold("dash-ok"));
        await PublishAsync(Failing("dash-fail"));
        await PublishAsync(Workflows.Waiting("dash-wait", seconds: 30 * 24 * 3600));
        var now = server.Host.Clock.GetUtcNow();
        var firstHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        server.Host.Clock.Advance(firstHour - now + TimeSpan.FromMinutes(10));

        await ExecuteAsync("dash-ok", new { n = 50 });
        await ExecuteAsync("dash-ok", new { n = 1 });
        await ExecuteAsync("dash-fail", new { });
        server.Host.Clock.Advance(TimeSpan.FromHours(1));
        var waiting = await ExecuteAsync("dash-wait", new { });
        await ExecuteAsync("dash-ok", new { n = 3 });

        var dashboard = await GetAsync($"from={Iso(firstHour)}&to={Iso(firstHour.AddHours(2))}");

        var hours = dashboard.GetProperty("hours").EnumerateArray().ToList();
        Assert.Equal(2, hours.Count);
        Assert.Equal(firstHour, hours[0].GetProperty("start").GetDateTimeOffset());
        Assert.Equal((2, 1, 0), (hours[0].GetProperty("completed").GetInt32(), hours[0].GetProperty("faulted").GetInt32(), hours[0].GetProperty("suspended").GetInt32()));
        Assert.Equal((1, 0, 1), (hours[1].GetProperty("completed").GetInt32(), hours[1].GetProperty("faulted").GetInt32(), hours[1].GetProperty("suspended").GetInt32()));
        Assert.Equal(5, dashboard.GetProperty("totals").GetProperty("started").GetInt32());
        Assert.Equal(0.25, dashboard.GetProperty("failureRate").GetDouble());
        Assert.Equal(1, dashboard.GetProperty("suspendedCount").GetInt32());
        Assert.Equal(waiting.GetProperty("instanceId").GetString(), dashboard.GetProperty("oldestSuspended").GetProperty("id").GetString());
        Assert.Equal(0, dashboard.GetProperty("deadLetters").GetProperty("pending").GetInt32());
        var steps = dashboard.GetProperty("slowestSteps").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("definitionId").GetString() == "dash-ok" && s.GetProperty("nodeId").GetString() == "check" && s.GetProperty("runs").GetInt32() == 3);
        Assert.Contains(steps, s => s.GetProperty("definitionId").GetString() == "dash-fail" && s.GetProperty("activityType").GetString() == "Fail");
    }

    [Fact]
    public async Task Get_WithoutAWindow_CoversTheLastDayHourByHour()
    {
        var now = server.Host.Clock.GetUtcNow();

        var dashboard = await GetAsync("");

        Assert.Equal(now, dashboard.GetProperty("to").GetDateTimeOffset());
        Assert.Equal(now.AddHours(-24), dashboard.GetProperty("from").GetDateTimeOffset());
        Assert.InRange(dashboard.GetProperty("hours").GetArrayLength(), 24, 25);
    }

    [Theory]
    [InlineData("from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z")]
    [InlineData("from=2026-11-25T00:00:00Z&to=2026-11-25T00:00:00Z")]
    [InlineData("from=2026-11-01T00:00:00Z&to=2026-11-09T00:00:00Z")]
    [InlineData("from=yesterday")]
    [InlineData("to=2026-13-01")]
    public async Task Get_BadWindow_IsAProblem400(string query)
    {
        await (await Client.GetAsync($"/api/dashboard?{query}", Ct)).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Get_AsAViewer_IsAllowed()
    {
        using var viewer = server.Host.CreateClient(await server.Host.CreateApiKeyAsync("dash-viewer", ["Viewer"]));

        await (await viewer.GetAsync("/api/dashboard", Ct)).ShouldBeOkAsync();
    }

    private static JsonObject Failing(string id) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Failing " + id,
        ["nodes"] = new JsonArray(Workflows.Node("start", "Start"), Workflows.Node("boom", "Fail", ("message", Workflows.Literal("The ERP is down")))),
        ["connections"] = new JsonArray(Workflows.Connect("start", "Done", "boom")),
    };

    private static string Iso(DateTimeOffset value) => Uri.EscapeDataString(value.ToString("O", CultureInfo.InvariantCulture));

    private async Task<JsonElement> GetAsync(string query) => await (await Client.GetAsync($"/api/dashboard?{query}", Ct)).ShouldBeOkAsync();

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<JsonElement> ExecuteAsync(string id, object input)
    {
        var response = await Client.PostAsync($"/api/workflow-definitions/{id}/execute?wait=true", Body(input), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadJsonAsync();
    }
}
