using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security;

public sealed class HardeningTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/workflow-definitions")]
    [InlineData("/api/no-such-route")]
    [InlineData("/health/live")]
    public async Task Answers_CarryTheSecurityHeaders(string path)
    {
        var response = await server.Client.GetAsync(path, Ct);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self' blob:", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_UnauthenticatedProblem_CarriesTheSecurityHeaders()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        var response = await anonymous.GetAsync("/api/workflow-definitions", Ct);

        await response.ShouldBeProblemAsync(401);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Cors_ByDefault_GrantsNoOtherOrigin()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/workflow-definitions");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        using var simple = new HttpRequestMessage(HttpMethod.Get, "/api/workflow-definitions");
        simple.Headers.Add("Origin", "https://evil.example");

        var preflightResponse = await server.Client.SendAsync(preflight, Ct);
        var simpleResponse = await server.Client.SendAsync(simple, Ct);

        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(simpleResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsGrantedAndOthersAreNot()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        await using (var host = await ServerHost.StartAsync(dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:Cors:AllowedOrigins:0"] = "https://designer.example.org" }))
        {
            var allowed = await host.Client.SendAsync(Preflight("https://designer.example.org"), Ct);
            var other = await host.Client.SendAsync(Preflight("https://evil.example"), Ct);

            Assert.Equal("https://designer.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("x-api-key", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
            Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/workflow-definitions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        return request;
    }
}
