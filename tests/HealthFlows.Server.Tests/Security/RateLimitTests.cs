using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Security;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    private ServerHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _host = await ServerHost.StartAsync(_dataDirectory, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:RateLimits:SignIn:PermitLimit"] = "2",
            ["HealthFlows:RateLimits:SignIn:Window"] = "01:00:00",
            ["HealthFlows:RateLimits:Triggers:PermitLimit"] = "2",
            ["HealthFlows:RateLimits:Triggers:Window"] = "01:00:00",
        });

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task SignIn_MoreThanTheLimitFromOneAddress_Answers429ProblemWithRetryAfter()
    {
        using var anonymous = _host.CreateClient(apiKey: null);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await (await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "admin", password = "wrong-password-000" }), Ct)).ShouldBeProblemAsync(401);
        }

        var response = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = ServerHost.AdminUser, password = ServerHost.AdminPassword }), Ct);

        var problem = await response.ShouldBeProblemAsync(429);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
    }

    [Fact]
    public async Task Trigger_MoreThanTheLimitForOneKey_Answers429_AndOtherKeysAreNotAffected()
    {
        await _host.Client.PublishAsync(HttpWorkflows.Chain("limited", HttpWorkflows.Endpoint("limited"), Node("done", "Finish", ("output", Expr("({ ok: true })")))));
        using var busy = _host.CreateClient(await _host.CreateApiKeyAsync("busy", ["Viewer"]));
        using var quiet = _host.CreateClient(await _host.CreateApiKeyAsync("quiet", ["Viewer"]));
        for (var call = 0; call < 2; call++)
        {
            await (await busy.PostAsync("/workflows/limited", ApiJson.Body(new { }), Ct)).ShouldBeOkAsync();
        }

        var refused = await busy.PostAsync("/workflows/limited", ApiJson.Body(new { }), Ct);
        var other = await quiet.PostAsync("/workflows/limited", ApiJson.Body(new { }), Ct);

        await refused.ShouldBeProblemAsync(429);
        await other.ShouldBeOkAsync();
        var instances = await (await _host.Client.GetAsync("/api/workflow-instances?definitionId=limited", Ct)).ShouldBeOkAsync();
        Assert.Equal(3, instances.GetProperty("totalCount").GetInt32());
    }
}
