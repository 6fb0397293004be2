using System.Security.Claims;
using System.Security.Cryptography;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security;

public sealed class ExternalTokenTests : IAsyncLifetime
{
    private const string Audience = "healthflows-test";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    private TestIdentityProvider _provider = null!;

    private ServerHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync();
        _host = await ServerHost.StartAsync(_dataDirectory, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:Auth:Authority"] = _provider.Issuer,
            ["HealthFlows:Auth:Audience"] = Audience,
            ["HealthFlows:Auth:RoleClaim"] = "groups",
            ["HealthFlows:Auth:RoleMappings:hf-operators"] = "Operator",
            ["HealthFlows:Auth:RoleMappings:hf-leads"] = "Publisher,Analyst",
            ["HealthFlows:Auth:RequireHttpsMetadata"] = "false",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task ExternalToken_WithMappedGroups_IsAcceptedWithTheMappedRoles()
    {
        using var client = _host.CreateBearerClient(Token([new("groups", "hf-leads"), new("groups", "unrelated-group")]));

        var me = await (await client.GetAsync("/api/auth/me", Ct)).ShouldBeOkAsync();
        var read = await client.GetAsync("/api/workflow-definitions", Ct);
        var admin = await client.GetAsync("/api/users", Ct);

        Assert.Equal("external", me.GetProperty("kind").GetString());
        Assert.Equal("dr.who", me.GetProperty("name").GetString());
        Assert.Equal(["Publisher", "Analyst"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await read.ShouldBeOkAsync();
        await admin.ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task ExternalToken_WithUnmappedGroupsOnly_Answers403()
    {
        using var client = _host.CreateBearerClient(Token([new("groups", "everyone")]));

        await (await client.GetAsync("/api/workflow-instances", Ct)).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task ExternalToken_ForAnotherAudience_Answers401()
    {
        using var client = _host.CreateBearerClient(Token([new("groups", "hf-operators")], audience: "another-api"));

        await (await client.GetAsync("/api/workflow-instances", Ct)).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task ExternalToken_SignedWithAnotherKey_Answers401()
    {
        using var forger = RSA.Create(2048);
        using var client = _host.CreateBearerClient(Token([new("groups", "hf-operators")], signWith: forger));

        await (await client.GetAsync("/api/workflow-instances", Ct)).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task ExternalToken_AfterItExpires_Answers401()
    {
        var token = Token([new("groups", "hf-operators")]);
        using var client = _host.CreateBearerClient(token);
        await (await client.GetAsync("/api/workflow-instances", Ct)).ShouldBeOkAsync();

        _host.Clock.Advance(TimeSpan.FromMinutes(32));

        await (await client.GetAsync("/api/workflow-instances", Ct)).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task LocalToken_StillAcceptedNextToTheExternalProvider()
    {
        using var client = _host.CreateBearerClient(await _host.SignInAsync(ServerHost.AdminUser, ServerHost.AdminPassword));

        await (await client.GetAsync("/api/users", Ct)).ShouldBeOkAsync();
    }

    private string Token(Claim[] groups, string audience = Audience, RSA? signWith = null) =>
        _provider.IssueToken(_host.Clock.GetUtcNow(), audience, [new("sub", "ext-42"), new("preferred_username", "dr.who"), .. groups], signWith);
}
