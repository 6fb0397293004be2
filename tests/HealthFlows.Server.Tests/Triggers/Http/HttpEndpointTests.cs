using System.Net;
using System.Text;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Http;

public sealed class HttpEndpointTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task SyncEndpoint_WithHttpResponse_AnswersItsStatusHeadersAndBody_AfterSavingTheInstance()
    {
        await Client.PublishAsync(HttpWorkflows.Chain("sync-reply",
            HttpWorkflows.Endpoint("orders/{id}"),
            Node("created", "HttpResponse",
                ("statusCode", Literal(201)),
                ("headers", Expr("({ 'X-Order': outputs.http.routeValues.id })")),
                ("body", Expr("({ order: outputs.http.routeValues.id, item: outputs.http.body.item })"))),
            Node("ignored", "HttpResponse", ("statusCode", Literal(500)), ("body", Literal("too late"))),
            Node("done", "Finish")));

        var response = await Client.PostAsync("/workflows/orders/42", ApiJson.Body(new { item = "MRI scan" }), Ct);

        var body = await response.ShouldBeOkAsync(201);
        Assert.Equal("42", response.Headers.GetValues("X-Order").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("42", body.GetProperty("order").GetString());
        Assert.Equal("MRI scan", body.GetProperty("item").GetString());
        var instanceId = response.Headers.GetValues("X-Workflow-Instance-Id").Single();
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task SyncEndpoint_WithATextResponse_SendsTheTextWithItsContentType()
    {
        const string ack = "MSH|^~\\&|HEALTHFLOWS|HOSP|LAB|HOSP|20261125080000||ACK|1|P|2.5\rMSA|AA|MSG0001";
        await Client.PublishAsync(HttpWorkflows.Chain("text-reply",
            HttpWorkflows.Endpoint("hl7/ack", contentTypes: ["text/plain", "application/hl7-v2"]),
            Node("ack", "HttpResponse", ("contentType", Literal("application/hl7-v2")), ("body", Literal(ack)))));

        var response = await Client.PostAsync("/workflows/hl7/ack", new StringContent("MSH|...", Encoding.UTF8, "application/hl7-v2"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/hl7-v2", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ack, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Endpoint_RouteValuesQueryAndHeaders_ReachTheWorkflow_WithoutCredentials()
    {
        await Client.PublishAsync(HttpWorkflows.Chain("request-data",
            HttpWorkflows.Endpoint("patients/{mrn}/charges/{code}", methods: ["PUT"]),
            Node("done", "Finish", ("output", Expr("({ route: outputs.http.routeValues, query: outputs.http.query, source: outputs.http.headers['x-source'], headers: outputs.http.headers, method: outputs.http.method, contentType: outputs.http.contentType, raw: outputs.http.rawBody })")))));
        using var request = new HttpRequestMessage(HttpMethod.Put, "/workflows/patients/MRN-7/charges/99213?ward=3B&tag=a&tag=b") { Content = ApiJson.Raw("{\"units\":2}") };
        request.Headers.Add("X-Source", "lab-system");
        request.Headers.Add("Cookie", "session=secret");

        var response = await Client.SendAsync(request, Ct);

        var output = (await response.ShouldBeOkAsync()).GetProperty("output");
        Assert.Equal("MRN-7", output.GetProperty("route").GetProperty("mrn").GetString());
        Assert.Equal("99213", output.GetProperty("route").GetProperty("code").GetString());
        Assert.Equal("3B", output.GetProperty("query").GetProperty("ward").GetString());
        Assert.Equal(["a", "b"], output.GetProperty("query").GetProperty("tag").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("lab-system", output.GetProperty("source").GetString());
        Assert.Equal("PUT", output.GetProperty("method").GetString());
        Assert.Equal("application/json", output.GetProperty("contentType").GetString()!.Split(';')[0]);
        Assert.Equal("{\"units\":2}", output.GetProperty("raw").GetString());
        var headers = output.GetProperty("headers");
        Assert.False(headers.TryGetProperty("x-api-key", out _));
        Assert.False(headers.TryGetProperty("cookie", out _));
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{response.Headers.GetValues("X-Workflow-Instance-Id").Single()}", Ct)).ShouldBeOkAsync();
        Assert.DoesNotContain(ServerHost.AdminKey, instance.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("session=secret", instance.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncEndpoint_WithoutHttpResponse_AnswersTheSummaryWhenFinished_202WhenWaiting_AndAProblemWhenFaulted()
    {
        await Client.PublishAsync(HttpWorkflows.Chain("no-reply-done", HttpWorkflows.Endpoint("no-reply/done"), Node("done", "Finish", ("output", Expr("({ ok: true })")))));
        await Client.PublishAsync(HttpWorkflows.Chain("no-reply-wait", HttpWorkflows.Endpoint("no-reply/wait"), Node("wait", "Delay", ("duration", Literal(3600)))));
        await Client.PublishAsync(HttpWorkflows.Chain("no-reply-fault", HttpWorkflows.Endpoint("no-reply/fault"), Node("boom", "Fail", ("message", Literal("Cost center missing")))));

        var finished = await (await Client.PostAsync("/workflows/no-reply/done", ApiJson.Body(new { }), Ct)).ShouldBeOkAsync();
        var waiting = await Client.PostAsync("/workflows/no-reply/wait", ApiJson.Body(new { }), Ct);
        var faulted = await (await Client.PostAsync("/workflows/no-reply/fault", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(500);

        Assert.True(finished.GetProperty("output").GetProperty("ok").GetBoolean());
        var accepted = await waiting.ShouldBeOkAsync(202);
        Assert.Equal("suspended", accepted.GetProperty("status").GetString());
        Assert.Equal($"/api/workflow-instances/{accepted.GetProperty("instanceId").GetString()}", waiting.Headers.Location!.OriginalString);
        var faultedId = faulted.GetProperty("instanceId").GetString()!;
        Assert.Contains("Cost center missing", faulted.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{faultedId}", Ct)).ShouldBeOkAsync();
        Assert.Equal("faulted", instance.GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task AsyncEndpoint_Answers202WithTheStatusUrl_ThenTheInstanceCompletes()
    {
        await Client.PublishAsync(HttpWorkflows.Chain("async-intake",
            HttpWorkflows.Endpoint("intake", mode: "async"),
            Node("reply", "HttpResponse", ("statusCode", Literal(201))),
            Node("done", "Finish", ("output", Expr("({ got: outputs.http.body.n })")))));

        var response = await Client.PostAsync("/workflows/intake", ApiJson.Body(new { n = 5 }), Ct);

        var accepted = await response.ShouldBeOkAsync(202);
        var instanceId = accepted.GetProperty("instanceId").GetString()!;
        var statusUrl = $"/api/workflow-instances/{instanceId}";
        Assert.Equal(statusUrl, response.Headers.Location!.OriginalString);
        Assert.Equal(statusUrl, accepted.GetProperty("statusUrl").GetString());
        var instance = await Client.PollInstanceAsync(statusUrl, i => i.GetProperty("status").GetString() == "finished");
        Assert.Equal(5, instance.GetProperty("output").GetProperty("got").GetInt32());
    }

    [Fact]
    public async Task Endpoint_CorrelationId_ComesFromTheHeader_OrElseFromTheExpression()
    {
        var endpoint = HttpWorkflows.Endpoint("correlated");
        endpoint["inputs"]!["correlationId"] = Expr("input.body.messageId");
        await Client.PublishAsync(HttpWorkflows.Chain("correlated", endpoint, Node("done", "Finish", ("output", Expr("({ id: instance.correlationId })")))));
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, "/workflows/correlated") { Content = ApiJson.Body(new { messageId = "MSG-1" }) };
        withHeader.Headers.Add("X-Correlation-Id", "HDR-9");

        var fromHeader = await (await Client.SendAsync(withHeader, Ct)).ShouldBeOkAsync();
        var fromBody = await (await Client.PostAsync("/workflows/correlated", ApiJson.Body(new { messageId = "MSG-1" }), Ct)).ShouldBeOkAsync();

        Assert.Equal("HDR-9", fromHeader.GetProperty("output").GetProperty("id").GetString());
        Assert.Equal("MSG-1", fromBody.GetProperty("output").GetProperty("id").GetString());
        var list = await (await Client.GetAsync("/api/workflow-instances?correlationId=MSG-1", Ct)).ShouldBeOkAsync();
        Assert.Equal(fromBody.GetProperty("instanceId").GetString(), list.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task HttpEchoSample_IsServedAtWorkflowsEcho()
    {
        var response = await Client.PostAsync("/workflows/echo", ApiJson.Body(new { message = "hello", amount = 250 }), Ct);

        var body = await response.ShouldBeOkAsync();
        Assert.Equal("hello", body.GetProperty("echo").GetString());
        Assert.Equal("large", body.GetProperty("label").GetString());
    }
}
