using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Security;

public sealed class ApiKeysApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateApiKey_AnswersTheKeyOnce_AndListsOnlyItsPrefix()
    {
        var response = await server.Client.PostAsync("/api/api-keys", ApiJson.Body(new { name = "lab system", roles = new[] { "viewer" }, expiresAt = "2027-01-01T00:00:00Z" }), Ct);

        var created = await response.ShouldBeOkAsync(201);
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("hf_", key, StringComparison.Ordinal);
        Assert.Equal(["Viewer"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var listText = await (await server.Client.GetAsync("/api/api-keys", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains(key[..6], listText, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listText, StringComparison.Ordinal);
        using var client = server.Host.CreateClient(key);
        await (await client.GetAsync("/api/workflow-definitions", Ct)).ShouldBeOkAsync();
        await (await client.PostAsync("/api/workflow-definitions", ApiJson.Body(Threshold("viewer-may-not")), Ct)).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task RevokeApiKey_UsedJustBefore_StopsWorkingAtOnceDespiteTheCache()
    {
        var response = await server.Client.PostAsync("/api/api-keys", ApiJson.Body(new { name = "to revoke", roles = new[] { "Viewer" } }), Ct);
        var created = await response.ShouldBeOkAsync(201);
        using var client = server.Host.CreateClient(created.GetProperty("key").GetString());
        await (await client.GetAsync("/api/workflow-definitions", Ct)).ShouldBeOkAsync();

        var revoke = await server.Client.DeleteAsync($"/api/api-keys/{created.GetProperty("id").GetString()}", Ct);
        var afterwards = await client.GetAsync("/api/workflow-definitions", Ct);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, revoke.StatusCode);
        await afterwards.ShouldBeProblemAsync(401);
        var listed = (await (await server.Client.GetAsync("/api/api-keys", Ct)).ShouldBeOkAsync()).GetProperty("items").EnumerateArray()
            .Single(k => k.GetProperty("id").GetString() == created.GetProperty("id").GetString());
        Assert.Equal(server.Host.Clock.GetUtcNow(), listed.GetProperty("revokedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task RevokeApiKey_UnknownId_Answers404Problem()
    {
        await (await server.Client.DeleteAsync("/api/api-keys/no-such-key", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task CreateApiKey_BadFields_Answers422ListingEveryProblem()
    {
        var response = await server.Client.PostAsync("/api/api-keys", ApiJson.Body(new
        {
            name = "",
            roles = new[] { "Root" },
            allowedTriggerPaths = new[] { "a/*/b" },
            expiresAt = "2020-01-01T00:00:00Z",
        }), Ct);

        var problem = await response.ShouldBeProblemAsync(422);
        Assert.Equal(["name", "roles", "allowedTriggerPaths", "expiresAt"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ApiKey_RestrictedToTriggerPaths_CallsThoseAndIsRefusedElsewhere()
    {
        await server.Client.PublishAsync(HttpWorkflows.Chain("lab-results", HttpWorkflows.Endpoint("lab/results"), Node("done", "Finish", ("output", Expr("({ ok: true })")))));
        await server.Client.PublishAsync(HttpWorkflows.Chain("billing-in", HttpWorkflows.Endpoint("billing/in"), Node("done", "Finish", ("output", Expr("({ ok: true })")))));
        var key = await server.Host.CreateApiKeyAsync("lab only", ["Viewer"], ["/workflows/lab/*"]);
        using var client = server.Host.CreateClient(key);

        var allowed = await client.PostAsync("/workflows/lab/results", ApiJson.Body(new { }), Ct);
        var refused = await client.PostAsync("/workflows/billing/in", ApiJson.Body(new { }), Ct);

        await allowed.ShouldBeOkAsync();
        var problem = await refused.ShouldBeProblemAsync(403);
        Assert.Contains("restricted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
