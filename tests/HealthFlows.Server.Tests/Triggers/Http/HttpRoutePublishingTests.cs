using System.Net;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Http;

public sealed class HttpRoutePublishingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private static System.Text.Json.Nodes.JsonObject Answering(string id, string path, string marker, string[]? methods = null) =>
        HttpWorkflows.Chain(id, HttpWorkflows.Endpoint(path, methods), Node("reply", "HttpResponse", ("body", Literal(marker))));

    [Fact]
    public async Task Publish_ServesTheRouteAtOnce_ANewVersionReplacesIt_AndRetractRemovesIt()
    {
        await (await Client.PostAsync("/workflows/lab-results", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(404);

        await Client.PublishAsync(Answering("lab-results", "lab-results", "v1"));
        var first = await Client.PostAsync("/workflows/lab-results", ApiJson.Body(new { }), Ct);
        await Client.PublishAsync(Answering("lab-results", "lab/results", "v2"));
        var moved = await Client.PostAsync("/workflows/lab/results", ApiJson.Body(new { }), Ct);
        var oldPath = await Client.PostAsync("/workflows/lab-results", ApiJson.Body(new { }), Ct);
        await (await Client.PostAsync("/api/workflow-definitions/lab-results/retract", null, Ct)).ShouldBeOkAsync();
        var retracted = await Client.PostAsync("/workflows/lab/results", ApiJson.Body(new { }), Ct);

        Assert.Equal("v1", await first.Content.ReadAsStringAsync(Ct));
        Assert.Equal("v2", await moved.Content.ReadAsStringAsync(Ct));
        await oldPath.ShouldBeProblemAsync(404);
        await retracted.ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Publish_APathAndMethodAnotherWorkflowServes_Answers422NamingIt_AndChangesNothing()
    {
        await Client.PublishAsync(Answering("claims-owner", "claims/{claimId}", "owner"));

        var clash = await Client.SaveAndPublishAsync(Answering("claims-rival", "Claims/{id}", "rival", ["PUT", "POST"]));

        var problem = await clash.ShouldBeProblemAsync(422);
        var listed = problem.GetProperty("problems")[0];
        Assert.Equal("HttpRouteConflict", listed.GetProperty("code").GetString());
        Assert.Contains("claims-owner", listed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("http", listed.GetProperty("nodeId").GetString());
        var rival = await (await Client.GetAsync("/api/workflow-definitions/claims-rival", Ct)).ShouldBeOkAsync();
        Assert.Equal("draft", rival.GetProperty("state").GetString());
        Assert.Equal("owner", await (await Client.PostAsync("/workflows/claims/7", ApiJson.Body(new { }), Ct)).Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Publish_TheSamePathForAnotherMethod_IsAllowed_AndEachMethodReachesItsWorkflow()
    {
        await Client.PublishAsync(Answering("invoice-read", "invoices/{number}", "read", ["GET"]));
        await Client.PublishAsync(Answering("invoice-write", "invoices/{number}", "write", ["POST"]));

        var read = await Client.GetAsync("/workflows/invoices/INV-1", Ct);
        var write = await Client.PostAsync("/workflows/invoices/INV-1", ApiJson.Body(new { }), Ct);

        Assert.Equal("read", await read.Content.ReadAsStringAsync(Ct));
        Assert.Equal("write", await write.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Route_ALiteralSegment_WinsOverAParameter_AndAConstraintIsApplied()
    {
        await Client.PublishAsync(Answering("encounter-by-id", "encounters/{id:int}", "by-id"));
        await Client.PublishAsync(Answering("encounter-new", "encounters/new", "new"));

        var literal = await Client.PostAsync("/workflows/encounters/new", ApiJson.Body(new { }), Ct);
        var parameter = await Client.PostAsync("/workflows/encounters/12", ApiJson.Body(new { }), Ct);
        var notAnInt = await Client.PostAsync("/workflows/encounters/abc", ApiJson.Body(new { }), Ct);

        Assert.Equal("new", await literal.Content.ReadAsStringAsync(Ct));
        Assert.Equal("by-id", await parameter.Content.ReadAsStringAsync(Ct));
        await notAnInt.ShouldBeProblemAsync(404);
    }

    [Theory]
    [InlineData("orders/{id", "not a route template")]
    [InlineData("callbacks/mine", "reserved")]
    [InlineData("orders/{id:nosuch}", "not a route constraint")]
    public async Task Publish_AnUnservablePath_Answers422WithTheReason(string path, string reason)
    {
        var id = "bad-path-" + Math.Abs(path.GetHashCode(StringComparison.Ordinal));

        var response = await Client.SaveAndPublishAsync(Answering(id, path, "x"));

        var problem = await response.ShouldBeProblemAsync(422);
        Assert.Equal("InvalidHttpEndpoint", problem.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Contains(reason, problem.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_WithoutAPublishedVersion_Answers409()
    {
        await (await Client.PostAsync("/api/workflow-definitions", ApiJson.Body(Answering("never-live", "never-live", "x")), Ct)).ShouldBeOkAsync(201);

        await (await Client.PostAsync("/api/workflow-definitions/never-live/retract", null, Ct)).ShouldBeProblemAsync(409);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/api/workflow-definitions/no-such/retract", null, Ct)).StatusCode);
    }
}
