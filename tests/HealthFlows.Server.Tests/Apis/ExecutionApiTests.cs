using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class ExecutionApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        var exists = (await Client.GetAsync($"/api/workflow-definitions/{id}", Ct)).StatusCode == HttpStatusCode.OK;
        var response = exists
            ? await Client.PutAsync($"/api/workflow-definitions/{id}", Body(definition), Ct)
            : await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<JsonElement> ExecuteAsync(string id, object input, string query = "") =>
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/execute{query}", Body(input), Ct)).ShouldBeOkAsync();

    [Theory]
    [InlineData(50, "big")]
    [InlineData(3, "small")]
    public async Task Execute_RunsThePublishedVersionAndAnswersItsOutput(int n, string label)
    {
        await PublishAsync(Workflows.Threshold($"exec-{label}"));

        var result = await ExecuteAsync($"exec-{label}", new { n });

        Assert.Equal("finished", result.GetProperty("status").GetString());
        Assert.Equal("completed", result.GetProperty("subStatus").GetString());
        Assert.Equal(label, result.GetProperty("output").GetProperty("label").GetString());
        Assert.Equal(32, result.GetProperty("instanceId").GetString()!.Length);
    }

    [Fact]
    public async Task Execute_AnUnpublishedDefinition_Answers409_AndAnUnknownOne404()
    {
        await (await Client.PostAsync("/api/workflow-definitions", Body(Workflows.Threshold("never-published")), Ct)).ShouldBeOkAsync(201);

        await (await Client.PostAsync("/api/workflow-definitions/never-published/execute", Body(new { n = 1 }), Ct)).ShouldBeProblemAsync(409);
        await (await Client.PostAsync("/api/workflow-definitions/no-such-flow/execute", Body(new { n = 1 }), Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Execute_WithAVersion_RunsThatVersionEvenAsADraft()
    {
        await (await Client.PostAsync("/api/workflow-definitions", Body(Workflows.Threshold("test-run")), Ct)).ShouldBeOkAsync(201);

        var result = await ExecuteAsync("test-run", new { n = 11 }, "?version=1");

        Assert.Equal("big", result.GetProperty("output").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Execute_WithWaitFalse_Answers202ThenTheInstanceRunsInTheBackground()
    {
        await PublishAsync(Workflows.Threshold("async-run"));

        var response = await Client.PostAsync("/api/workflow-definitions/async-run/execute?wait=false", Body(new { n = 100 }), Ct);

        var accepted = await response.ShouldBeOkAsync(202);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"/api/workflow-instances/{accepted.GetProperty("instanceId").GetString()}", location);
        var instance = await PollAsync(location, i => i.GetProperty("status").GetString() == "finished");
        Assert.Equal("big", instance.GetProperty("output").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Execute_KeepsTheCorrelationIdFromTheHeader()
    {
        await PublishAsync(Workflows.Threshold("correlated"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/correlated/execute") { Content = Body(new { n = 1 }) };
        request.Headers.Add("X-Correlation-Id", "MSG-000123");

        var result = await (await Client.SendAsync(request, Ct)).ShouldBeOkAsync();

        var list = await (await Client.GetAsync("/api/workflow-instances?correlationId=MSG-000123", Ct)).ShouldBeOkAsync();
        Assert.Equal(result.GetProperty("instanceId").GetString(), list.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnInstance_StaysOnTheVersionItStartedOn()
    {
        await PublishAsync(Workflows.Waiting("pinned", marker: "v1"));
        var started = await ExecuteAsync("pinned", new { });
        Assert.Equal("suspended", started.GetProperty("status").GetString());
        var v2 = Workflows.Waiting("pinned", marker: "v2");
        v2["version"] = 1;
        await PublishAsync(v2);

        var instance = await GetInstanceAsync(started.GetProperty("instanceId").GetString()!);
        var bookmarkId = instance.GetProperty("bookmarks")[0].GetProperty("id").GetString();
        var resumed = await (await Client.PostAsync($"/api/bookmarks/{bookmarkId}/resume", null, Ct)).ShouldBeOkAsync();

        Assert.Equal(1, resumed.GetProperty("version").GetInt32());
        Assert.Equal("v1", resumed.GetProperty("output").GetProperty("marker").GetString());
        var fresh = await ExecuteAsync("pinned", new { });
        Assert.Equal(2, fresh.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Resume_ContinuesOnce_AndASecondResumeAnswers404()
    {
        await PublishAsync(Workflows.Waiting("resume-once"));
        var started = await ExecuteAsync("resume-once", new { });
        var instance = await GetInstanceAsync(started.GetProperty("instanceId").GetString()!);
        var bookmark = instance.GetProperty("bookmarks")[0];
        Assert.Equal("Delay", bookmark.GetProperty("name").GetString());
        Assert.Equal(server.Host.Clock.GetUtcNow().AddSeconds(60), bookmark.GetProperty("resumeAt").GetDateTimeOffset());

        var resumed = await (await Client.PostAsync($"/api/bookmarks/{bookmark.GetProperty("id").GetString()}/resume", Body(new { note = "go" }), Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", resumed.GetProperty("subStatus").GetString());

        await (await Client.PostAsync($"/api/bookmarks/{bookmark.GetProperty("id").GetString()}/resume", null, Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task ConcurrentResumesOfOneBookmark_ResumeItOnce()
    {
        await PublishAsync(Workflows.Waiting("resume-race"));
        var started = await ExecuteAsync("resume-race", new { });
        var instanceId = started.GetProperty("instanceId").GetString()!;
        var bookmarkId = (await GetInstanceAsync(instanceId)).GetProperty("bookmarks")[0].GetProperty("id").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.PostAsync($"/api/bookmarks/{bookmarkId}/resume", null, Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var instance = await GetInstanceAsync(instanceId);
        Assert.Single(instance.GetProperty("journal").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "done");
    }

    [Fact]
    public async Task ADueDelay_IsResumedByTheClock()
    {
        await PublishAsync(Workflows.Waiting("clocked", seconds: 300));
        var started = await ExecuteAsync("clocked", new { });
        var id = started.GetProperty("instanceId").GetString()!;
        await using var scope = server.Host.Services.CreateAsyncScope();
        var resumer = scope.ServiceProvider.GetRequiredService<DueBookmarkResumer>();

        Assert.Equal(0, await resumer.ResumeDueAsync(100, Ct));
        server.Host.Clock.Advance(TimeSpan.FromSeconds(300));
        // The scheduler may wake the bookmark first on the advanced clock; either way the sweep returns only after
        // the resume that won has committed (it waits on the instance lock), and the bookmark resumes once.
        await resumer.ResumeDueAsync(100, Ct);

        Assert.Equal("finished", (await GetInstanceAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Retry_RunsAFaultedInstanceFromItsFaultedActivity()
    {
        var flaky = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["definitionId"] = "flaky-erp",
            ["name"] = "Flaky ERP",
            ["nodes"] = new JsonArray(
                Workflows.Node("start", "Start"),
                Workflows.Node("note", "Log", ("message", Workflows.Literal("before"))),
                Workflows.Node("post", "Finish", ("output", Workflows.Expr("if (Date.now() < Date.parse(input.erpUpAt)) { throw new Error('ERP unavailable'); } ({ posted: true })")))),
            ["connections"] = new JsonArray(Workflows.Connect("start", "Done", "note"), Workflows.Connect("note", "Done", "post")),
        };
        await PublishAsync(flaky);
        var upAt = server.Host.Clock.GetUtcNow().AddMinutes(10).ToString("O");
        var failed = await ExecuteAsync("flaky-erp", new { erpUpAt = upAt });
        var id = failed.GetProperty("instanceId").GetString()!;
        Assert.Equal("faulted", failed.GetProperty("subStatus").GetString());
        Assert.Contains("ERP unavailable", failed.GetProperty("incidents")[0].GetProperty("message").GetString());

        var stillDown = await (await Client.PostAsync($"/api/workflow-instances/{id}/retry", null, Ct)).ShouldBeOkAsync();
        Assert.Equal("faulted", stillDown.GetProperty("subStatus").GetString());

        server.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        var retried = await (await Client.PostAsync($"/api/workflow-instances/{id}/retry", null, Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", retried.GetProperty("subStatus").GetString());
        Assert.True(retried.GetProperty("output").GetProperty("posted").GetBoolean());

        var instance = await GetInstanceAsync(id);
        Assert.Equal(2, instance.GetProperty("incidents").GetArrayLength());
        Assert.Single(instance.GetProperty("journal").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "note");
        await (await Client.PostAsync($"/api/workflow-instances/{id}/retry", null, Ct)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Cancel_EndsASuspendedInstance_AndACancelledOneCannotBeCancelledAgain()
    {
        await PublishAsync(Workflows.Waiting("cancel-me"));
        var id = (await ExecuteAsync("cancel-me", new { })).GetProperty("instanceId").GetString()!;

        var cancelled = await (await Client.PostAsync($"/api/workflow-instances/{id}/cancel", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("cancelled", cancelled.GetProperty("subStatus").GetString());
        Assert.Equal(0, (await GetInstanceAsync(id)).GetProperty("bookmarks").GetArrayLength());
        await (await Client.PostAsync($"/api/workflow-instances/{id}/cancel", null, Ct)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task GetInstance_ShowsItsJournalAndVariables_AndDeleteRemovesIt()
    {
        var id = (await ExecuteAsync("charge-total", new { charges = new[] { new { amount = 10 }, new { amount = 5 } } })).GetProperty("instanceId").GetString()!;

        var instance = await GetInstanceAsync(id);
        Assert.Equal(15, instance.GetProperty("variables").GetProperty("total").GetDouble());
        var journal = instance.GetProperty("journal").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(2, journal.Count(e => e.GetProperty("nodeId").GetString() == "add"));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/workflow-instances/{id}", Ct)).StatusCode);
        await (await Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task ListInstances_FiltersByDefinitionVersionStatusAndTime()
    {
        await PublishAsync(Workflows.Threshold("listed"));
        var before = server.Host.Clock.GetUtcNow();
        await ExecuteAsync("listed", new { n = 1 });
        server.Host.Clock.Advance(TimeSpan.FromHours(1));
        await ExecuteAsync("listed", new { n = 2 });
        await ExecuteAsync("listed", new { n = 3 });

        var all = await (await Client.GetAsync("/api/workflow-instances?definitionId=listed&version=1&status=finished", Ct)).ShouldBeOkAsync();
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        var firstHour = await (await Client.GetAsync($"/api/workflow-instances?definitionId=listed&to={Uri.EscapeDataString(before.AddMinutes(30).ToString("O"))}", Ct)).ShouldBeOkAsync();
        Assert.Equal(1, firstHour.GetProperty("totalCount").GetInt32());
        var page = await (await Client.GetAsync("/api/workflow-instances?definitionId=listed&pageSize=2&page=2", Ct)).ShouldBeOkAsync();
        Assert.Single(page.GetProperty("items").EnumerateArray());
        var none = await (await Client.GetAsync("/api/workflow-instances?definitionId=listed&status=suspended", Ct)).ShouldBeOkAsync();
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
    }

    private async Task<JsonElement> GetInstanceAsync(string id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

    private async Task<JsonElement> PollAsync(string url, Func<JsonElement, bool> done)
    {
        // Background work finishes on its own schedule; poll the real API with a bounded wait instead of sleeping a guess.
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var body = await (await Client.GetAsync(url, Ct)).ShouldBeOkAsync();
            if (done(body) || TimeProvider.System.GetUtcNow() > deadline)
            {
                return body;
            }

            await Task.Delay(50, Ct);
        }
    }
}
