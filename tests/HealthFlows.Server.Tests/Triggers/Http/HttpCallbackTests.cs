using System.Net;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Http;

public sealed class HttpCallbackTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    /// <summary>Endpoint → Wait for HTTP Callback keyed by the posted invoice number → Finish with the callback's payload.</summary>
    private Task PublishWaitingAsync(string id, string authorization = "apiKey") =>
        Client.PublishAsync(HttpWorkflows.Chain(id,
            HttpWorkflows.Endpoint(id),
            Node("wait", "WaitForHttpCallback", ("name", Literal("erp-posted")), ("correlationId", Expr("outputs.http.body.invoice")), ("authorization", Literal(authorization))),
            Node("done", "Finish", ("output", Expr("({ payload: outputs.wait.payload })")))));

    private async Task<string> StartWaitingAsync(string id, string invoice)
    {
        var accepted = await (await Client.PostAsync($"/workflows/{id}", ApiJson.Body(new { invoice }), Ct)).ShouldBeOkAsync(202);
        Assert.Equal("suspended", accepted.GetProperty("status").GetString());
        return accepted.GetProperty("instanceId").GetString()!;
    }

    [Fact]
    public async Task Callback_ConcurrentCalls_ResumeTheWaitOnce()
    {
        await PublishWaitingAsync("erp-wait");
        var instanceId = await StartWaitingAsync("erp-wait", "INV-7");

        var calls = Enumerable.Range(0, 8).Select(i => Client.PostAsync("/workflows/callbacks/erp-posted/INV-7", ApiJson.Body(new { documentNumber = "SI-100", call = i }), Ct));
        var responses = await Task.WhenAll(calls);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal("SI-100", instance.GetProperty("output").GetProperty("payload").GetProperty("documentNumber").GetString());
        Assert.Single(instance.GetProperty("journal").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "wait" && e.GetProperty("kind").GetString() == "resume");
    }

    [Fact]
    public async Task Callback_ResumesOnlyTheWaitWithItsCorrelationId_AndAnUnknownOneIs404()
    {
        await PublishWaitingAsync("erp-pair");
        var first = await StartWaitingAsync("erp-pair", "INV-1");
        var second = await StartWaitingAsync("erp-pair", "INV-2");

        var resumed = await (await Client.PostAsync("/workflows/callbacks/erp-posted/INV-2", ApiJson.Body(new { documentNumber = "SI-2" }), Ct)).ShouldBeOkAsync();
        await (await Client.PostAsync("/workflows/callbacks/erp-posted/INV-404", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(404);

        Assert.Equal(second, resumed.GetProperty("resumed")[0].GetProperty("instanceId").GetString());
        var waiting = await (await Client.GetAsync($"/api/workflow-instances/{first}", Ct)).ShouldBeOkAsync();
        Assert.Equal("suspended", waiting.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Callback_WithoutAKey_Answers401AndLeavesTheWait()
    {
        await PublishWaitingAsync("erp-keyed");
        var instanceId = await StartWaitingAsync("erp-keyed", "INV-9");
        using var anonymous = server.Host.CreateClient(apiKey: null);

        await (await anonymous.PostAsync("/workflows/callbacks/erp-posted/INV-9", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(401);

        var instance = await (await Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("suspended", instance.GetProperty("status").GetString());
        Assert.Equal("erp-posted/INV-9", instance.GetProperty("bookmarks")[0].GetProperty("correlationKey").GetString());
    }
}
