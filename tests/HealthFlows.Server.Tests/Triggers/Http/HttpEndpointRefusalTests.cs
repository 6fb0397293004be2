using System.Net;
using System.Text;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Server.Security;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Http;

public sealed class HttpEndpointRefusalTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private async Task PublishAsync(string id, System.Text.Json.Nodes.JsonObject endpoint) =>
        await Client.PublishAsync(HttpWorkflows.Chain(id, endpoint, Node("done", "Finish", ("output", Expr("({ ok: true })")))));

    private async Task<int> InstanceCountAsync(string definitionId) =>
        (await (await Client.GetAsync($"/api/workflow-instances?definitionId={definitionId}", Ct)).ShouldBeOkAsync()).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Endpoint_UnknownPath_Answers404Problem()
    {
        var response = await Client.PostAsync("/workflows/no/such/endpoint", ApiJson.Body(new { }), Ct);

        var problem = await response.ShouldBeProblemAsync(404);
        Assert.Contains("/workflows/no/such/endpoint", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_WrongMethod_Answers405WithAllow()
    {
        await PublishAsync("post-only", HttpWorkflows.Endpoint("post-only"));

        var response = await Client.DeleteAsync("/workflows/post-only", Ct);

        await response.ShouldBeProblemAsync(405);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(0, await InstanceCountAsync("post-only"));
    }

    [Fact]
    public async Task Endpoint_WithoutAKeyOrWithAWrongOne_Answers401_AndAnonymousNeedsNone()
    {
        await PublishAsync("keyed", HttpWorkflows.Endpoint("keyed"));
        await PublishAsync("open-door", HttpWorkflows.Endpoint("open-door", authorization: "anonymous"));
        using var anonymous = server.Host.CreateClient(apiKey: null);
        using var wrongKey = server.Host.CreateClient("not-a-key");

        await (await anonymous.PostAsync("/workflows/keyed", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(401);
        await (await wrongKey.PostAsync("/workflows/keyed", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(401);
        await (await anonymous.PostAsync("/workflows/open-door", ApiJson.Body(new { }), Ct)).ShouldBeOkAsync();
        Assert.Equal(0, await InstanceCountAsync("keyed"));
    }

    [Fact]
    public async Task Endpoint_ForARole_Answers403ToAKeyWithoutIt_AndRunsForAKeyWithIt()
    {
        await PublishAsync("billing-only", HttpWorkflows.Endpoint("billing-only", authorization: "role:Billing"));
        await AddKeyAsync("clerk-key-1", "Clerk");
        await AddKeyAsync("billing-key-1", "Billing");
        using var clerk = server.Host.CreateClient("clerk-key-1");
        using var billing = server.Host.CreateClient("billing-key-1");

        await (await clerk.PostAsync("/workflows/billing-only", ApiJson.Body(new { }), Ct)).ShouldBeProblemAsync(403);
        await (await billing.PostAsync("/workflows/billing-only", ApiJson.Body(new { }), Ct)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Endpoint_BodyOverItsLimit_Answers413AndStartsNothing()
    {
        await PublishAsync("small-bodies", HttpWorkflows.Endpoint("small-bodies", maxBodyBytes: 64));

        var declared = await Client.PostAsync("/workflows/small-bodies", ApiJson.Raw($"{{\"note\":\"{new string('x', 200)}\"}}"), Ct);
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/workflows/small-bodies") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"note\":\"{new string('y', 200)}\"}}"))) };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        var streamed = await Client.SendAsync(chunked, Ct);

        await declared.ShouldBeProblemAsync(413);
        await streamed.ShouldBeProblemAsync(413);
        Assert.Equal(0, await InstanceCountAsync("small-bodies"));
    }

    [Fact]
    public async Task Endpoint_ContentTypeItDoesNotAccept_Answers415_AndMalformedJson400()
    {
        await PublishAsync("json-only", HttpWorkflows.Endpoint("json-only"));

        await (await Client.PostAsync("/workflows/json-only", new StringContent("MSH|^~\\&|", Encoding.UTF8, "text/plain"), Ct)).ShouldBeProblemAsync(415);
        await (await Client.PostAsync("/workflows/json-only", ApiJson.Raw("{\"open\": "), Ct)).ShouldBeProblemAsync(400);
        Assert.Equal(0, await InstanceCountAsync("json-only"));
    }

    private async Task AddKeyAsync(string key, string roles)
    {
        var keys = server.Host.Services.GetRequiredService<IApiKeyStore>();
        await keys.AddAsync(new ApiKeyRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = roles + " test key",
            KeyHash = ApiKeyHasher.Hash(key),
            Prefix = ApiKeyHasher.Prefix(key),
            Roles = roles,
            CreatedAt = server.Host.Clock.GetUtcNow(),
        }, Ct);
    }
}
