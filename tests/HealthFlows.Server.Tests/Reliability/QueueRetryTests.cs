using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Reliability;

public sealed class QueueRetryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task QueueRetry_FailingStep_RetriesOnlyWhenEachScheduledWaitIsDue()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("retry-schedule"));
        var started = server.Host.Clock.GetUtcNow();
        var id = await StartAsync("retry-schedule", erpUpIn: TimeSpan.FromDays(1));

        var waiting = await GetInstanceAsync(id);
        Assert.Equal("suspended", waiting.GetProperty("status").GetString());
        Assert.Equal(started.AddMinutes(1), Bookmark(waiting).GetProperty("resumeAt").GetDateTimeOffset());

        server.Host.Clock.Advance(TimeSpan.FromSeconds(59));
        await ResumeDueAsync();
        Assert.Equal(1, PostAttempts(await GetInstanceAsync(id)));

        server.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        await ResumeDueAsync();
        var second = await GetInstanceAsync(id);
        Assert.Equal(2, PostAttempts(second));
        Assert.Equal(started.AddMinutes(1 + 5), Bookmark(second).GetProperty("resumeAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task QueueRetry_StepRecovers_FollowsRetryToTheStepAndCompletes()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("retry-recovers"));
        var id = await StartAsync("retry-recovers", erpUpIn: TimeSpan.FromMinutes(3));

        server.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await ResumeDueAsync();
        server.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await ResumeDueAsync();

        var instance = await GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal(3, PostAttempts(instance));
        Assert.Equal(0, await PendingCountAsync("retry-recovers"));
    }

    [Fact]
    public async Task QueueRetry_LastAttemptFails_WritesADeadLetterWithErrorHistoryAndPayload()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("retry-exhausted", schedule: [60, "PT5M"]));
        var startedAt = server.Host.Clock.GetUtcNow();
        var id = await StartAsync("retry-exhausted", erpUpIn: TimeSpan.FromDays(1), messageId: "MSG-0042");

        server.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await ResumeDueAsync();
        server.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await ResumeDueAsync();

        var instance = await GetInstanceAsync(id);
        Assert.Equal("suspended", instance.GetProperty("status").GetString());
        Assert.Equal(3, PostAttempts(instance));
        Assert.Contains(instance.GetProperty("journal").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "parked");
        var list = await (await Client.GetAsync("/api/dead-letters?definitionId=retry-exhausted&status=pending", Ct)).ShouldBeOkAsync();
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray());
        var deadLetter = await (await Client.GetAsync($"/api/dead-letters/{listed.GetProperty("id").GetString()}", Ct)).ShouldBeOkAsync();
        Assert.Equal(id, deadLetter.GetProperty("instanceId").GetString());
        Assert.Equal(1, deadLetter.GetProperty("definitionVersion").GetInt32());
        Assert.Equal("retry", deadLetter.GetProperty("nodeId").GetString());
        Assert.Equal("post", deadLetter.GetProperty("retriedNodeId").GetString());
        Assert.Equal("pending", deadLetter.GetProperty("status").GetString());
        Assert.Equal("MSG-0042", deadLetter.GetProperty("payload").GetProperty("messageId").GetString());
        var errors = deadLetter.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], errors.Select(e => e.GetProperty("attempt").GetInt32()));
        Assert.Equal([startedAt, startedAt.AddMinutes(1), startedAt.AddMinutes(6)], errors.Select(e => e.GetProperty("at").GetDateTimeOffset()));
        Assert.All(errors, e => Assert.EndsWith("ERP unavailable", e.GetProperty("error").GetProperty("message").GetString()));
        Assert.Equal("DeadLetter", Bookmark(instance).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Replay_AfterTheOutageEnds_RunsTheStepAgainAndCompletes()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("replay-succeeds", schedule: []));
        var id = await StartAsync("replay-succeeds", erpUpIn: TimeSpan.FromHours(1));
        var deadLetterId = await SingleDeadLetterIdAsync("replay-succeeds");

        server.Host.Clock.Advance(TimeSpan.FromHours(2));
        var replayed = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("replayed", replayed.GetProperty("deadLetter").GetProperty("status").GetString());
        Assert.Equal(server.Host.Clock.GetUtcNow(), replayed.GetProperty("deadLetter").GetProperty("resolvedAt").GetDateTimeOffset());
        Assert.Equal("completed", replayed.GetProperty("execution").GetProperty("subStatus").GetString());
        Assert.True(replayed.GetProperty("execution").GetProperty("output").GetProperty("posted").GetBoolean());
        Assert.Equal(2, PostAttempts(await GetInstanceAsync(id)));
        await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Replay_StillFailing_RetriesOnAFreshScheduleAndDeadLettersAgainUnderANewId()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("replay-fails", schedule: [30]));
        var id = await StartAsync("replay-fails", erpUpIn: TimeSpan.FromDays(1));
        server.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        await ResumeDueAsync();
        var first = await SingleDeadLetterIdAsync("replay-fails");

        var replayed = await (await Client.PostAsync($"/api/dead-letters/{first}/replay", null, Ct)).ShouldBeOkAsync();
        Assert.Equal("suspended", replayed.GetProperty("execution").GetProperty("status").GetString());
        Assert.Equal("QueueRetry", Bookmark(await GetInstanceAsync(id)).GetProperty("name").GetString());
        server.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        await ResumeDueAsync();

        var pending = await SingleDeadLetterIdAsync("replay-fails");
        Assert.NotEqual(first, pending);
        var second = await (await Client.GetAsync($"/api/dead-letters/{pending}", Ct)).ShouldBeOkAsync();
        Assert.Equal(2, second.GetProperty("errors").GetArrayLength());
        Assert.Equal(4, PostAttempts(await GetInstanceAsync(id)));
    }

    [Fact]
    public async Task Replay_AfterTheDeadLetteredBranchRaisedAnIncident_RunsTheFaultedInstanceOn()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("replay-incident", schedule: [], afterDeadLetter: "Fail"));
        var started = await ExecuteAsync("replay-incident", new { erpUpAt = server.Host.Clock.GetUtcNow().AddMinutes(10).ToString("O"), messageId = "MSG-7" });
        Assert.Equal("faulted", started.GetProperty("subStatus").GetString());
        Assert.StartsWith("Invoice dead-lettered as dl-", started.GetProperty("incidents")[0].GetProperty("message").GetString());
        var deadLetterId = await SingleDeadLetterIdAsync("replay-incident");

        server.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        var replayed = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("completed", replayed.GetProperty("execution").GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task Discard_PendingDeadLetter_FollowsDiscardedAndCannotBeDecidedAgain()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("discard-me", schedule: []));
        var id = await StartAsync("discard-me", erpUpIn: TimeSpan.FromDays(1));
        var deadLetterId = await SingleDeadLetterIdAsync("discard-me");

        var discarded = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/discard", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("discarded", discarded.GetProperty("deadLetter").GetProperty("status").GetString());
        Assert.True(discarded.GetProperty("execution").GetProperty("output").GetProperty("discarded").GetBoolean());
        Assert.Equal(1, PostAttempts(await GetInstanceAsync(id)));
        var problem = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeProblemAsync(409);
        Assert.Contains("discarded", problem.GetProperty("detail").GetString());
        await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/discard", null, Ct)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Replay_InstanceCancelledMeanwhile_IsAConflict_ButDiscardPutsItAway()
    {
        await PublishAsync(RetryWorkflows.FlakyPost("cancelled-meanwhile", schedule: []));
        var id = await StartAsync("cancelled-meanwhile", erpUpIn: TimeSpan.FromDays(1));
        var deadLetterId = await SingleDeadLetterIdAsync("cancelled-meanwhile");
        await (await Client.PostAsync($"/api/workflow-instances/{id}/cancel", null, Ct)).ShouldBeOkAsync();

        var problem = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeProblemAsync(409);
        var discarded = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/discard", null, Ct)).ShouldBeOkAsync();

        Assert.Contains("no longer waits", problem.GetProperty("detail").GetString());
        Assert.Equal("discarded", discarded.GetProperty("deadLetter").GetProperty("status").GetString());
        Assert.False(discarded.TryGetProperty("execution", out var execution) && execution.ValueKind != JsonValueKind.Null, "nothing was resumed");
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("discard")]
    public async Task DeadLetterAction_UnknownId_IsNotFound(string action)
    {
        var problem = await (await Client.PostAsync($"/api/dead-letters/dl-unknown/{action}", null, Ct)).ShouldBeProblemAsync(404);

        Assert.Contains("dl-unknown", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetDeadLetter_UnknownId_IsNotFound()
    {
        await (await Client.GetAsync("/api/dead-letters/dl-unknown", Ct)).ShouldBeProblemAsync(404);
    }

    [Theory]
    [InlineData("status=lost")]
    [InlineData("status=0")]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    public async Task ListDeadLetters_BadFilter_IsABadRequest(string query)
    {
        await (await Client.GetAsync($"/api/dead-letters?{query}", Ct)).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task DeadLetters_WithoutAnApiKey_AreUnauthorized()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/dead-letters", Ct)).StatusCode);
    }

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<JsonElement> ExecuteAsync(string id, object input) =>
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/execute", Body(input), Ct)).ShouldBeOkAsync();

    private async Task<string> StartAsync(string definitionId, TimeSpan erpUpIn, string messageId = "MSG-1")
    {
        var erpUpAt = server.Host.Clock.GetUtcNow().Add(erpUpIn).ToString("O");
        var started = await ExecuteAsync(definitionId, new { erpUpAt, messageId });
        return started.GetProperty("instanceId").GetString()!;
    }

    private async Task<JsonElement> GetInstanceAsync(string id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

    private async Task ResumeDueAsync()
    {
        await using var scope = server.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueBookmarkResumer>().ResumeDueAsync(1000, Ct);
    }

    private async Task<string> SingleDeadLetterIdAsync(string definitionId)
    {
        var list = await (await Client.GetAsync($"/api/dead-letters?definitionId={definitionId}&status=pending", Ct)).ShouldBeOkAsync();
        return Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
    }

    private async Task<int> PendingCountAsync(string definitionId) =>
        (await (await Client.GetAsync($"/api/dead-letters?definitionId={definitionId}&status=pending", Ct)).ShouldBeOkAsync()).GetProperty("totalCount").GetInt32();

    private static JsonElement Bookmark(JsonElement instance) => Assert.Single(instance.GetProperty("bookmarks").EnumerateArray());

    /// <summary>How many times the post step ran (each run is one journal entry, completed or faulted).</summary>
    private static int PostAttempts(JsonElement instance) =>
        instance.GetProperty("journal").EnumerateArray().Count(e => e.GetProperty("nodeId").GetString() == "post");
}
