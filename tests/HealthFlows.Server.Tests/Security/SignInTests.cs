using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    private ServerHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _host = await ServerHost.StartAsync(_dataDirectory, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:RateLimits:SignIn:PermitLimit"] = "0",
            ["HealthFlows:Auth:MaxFailedSignIns"] = "3",
            ["HealthFlows:Auth:LockoutDuration"] = "00:10:00",
        });

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task SignIn_BootstrapAdmin_AnswersABearerTokenWithTheRoles()
    {
        using var anonymous = _host.CreateClient(apiKey: null);

        var response = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "ADMIN", password = ServerHost.AdminPassword }), Ct);

        var body = await response.ShouldBeOkAsync();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
        Assert.Equal(["Admin"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(3, body.GetProperty("accessToken").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task BearerToken_FromSignIn_IsAcceptedOnTheApi()
    {
        var token = await _host.SignInAsync(ServerHost.AdminUser, ServerHost.AdminPassword);
        using var client = _host.CreateBearerClient(token);

        var me = await (await client.GetAsync("/api/auth/me", Ct)).ShouldBeOkAsync();
        var list = await client.GetAsync("/api/workflow-definitions", Ct);

        Assert.Equal("user", me.GetProperty("kind").GetString());
        Assert.Equal("admin", me.GetProperty("name").GetString());
        await list.ShouldBeOkAsync();
    }

    [Fact]
    public async Task BearerToken_AfterItExpires_Answers401()
    {
        var token = await _host.SignInAsync(ServerHost.AdminUser, ServerHost.AdminPassword);
        using var client = _host.CreateBearerClient(token);

        _host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        var response = await client.GetAsync("/api/workflow-definitions", Ct);

        await response.ShouldBeProblemAsync(401);
    }

    [Theory]
    [InlineData("admin", "wrong-password-123")]
    [InlineData("nobody", "wrong-password-123")]
    public async Task SignIn_WrongPasswordOrUnknownUser_Answers401ProblemWithoutSayingWhich(string userName, string password)
    {
        using var anonymous = _host.CreateClient(apiKey: null);

        var response = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName, password }), Ct);

        var problem = await response.ShouldBeProblemAsync(401);
        Assert.Equal("Sign-in failed", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"userName\":\"admin\"}")]
    [InlineData("[1,2]")]
    [InlineData("{not json")]
    public async Task SignIn_MalformedBody_Answers400Problem(string json)
    {
        using var anonymous = _host.CreateClient(apiKey: null);

        var response = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Raw(json), Ct);

        await response.ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task SignIn_AfterTooManyFailures_IsLockedOutUntilTheLockoutEnds()
    {
        await CreateUserAsync("locky", "locky-password-0001");
        using var anonymous = _host.CreateClient(apiKey: null);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await (await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "locky", password = "not-the-password" }), Ct)).ShouldBeProblemAsync(401);
        }

        var whileLocked = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "locky", password = "locky-password-0001" }), Ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(9));
        var stillLocked = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "locky", password = "locky-password-0001" }), Ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterwards = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "locky", password = "locky-password-0001" }), Ct);

        await whileLocked.ShouldBeProblemAsync(401);
        await stillLocked.ShouldBeProblemAsync(401);
        await afterwards.ShouldBeOkAsync();
        var user = (await (await _host.Client.GetAsync("/api/users", Ct)).ShouldBeOkAsync()).GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "locky");
        Assert.False(user.TryGetProperty("lockedUntil", out _), "the lockout is lifted by the successful sign-in");
    }

    [Fact]
    public async Task DisableUser_TokenAlreadyIssued_StopsWorkingAtOnce()
    {
        var id = await CreateUserAsync("leaver", "leaver-password-0001", "Viewer");
        using var client = _host.CreateBearerClient(await _host.SignInAsync("leaver", "leaver-password-0001"));
        await (await client.GetAsync("/api/workflow-definitions", Ct)).ShouldBeOkAsync();

        await (await _host.Client.PostAsync($"/api/users/{id}/disable", null, Ct)).ShouldBeOkAsync();
        var afterwards = await client.GetAsync("/api/workflow-definitions", Ct);
        using var anonymous = _host.CreateClient(apiKey: null);
        var signIn = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "leaver", password = "leaver-password-0001" }), Ct);

        await afterwards.ShouldBeProblemAsync(401);
        await signIn.ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task SetUserRoles_TokenAlreadyIssued_GetsTheNewRolesAtOnce()
    {
        var id = await CreateUserAsync("mover", "mover-password-0001", "Viewer");
        using var client = _host.CreateBearerClient(await _host.SignInAsync("mover", "mover-password-0001"));
        await (await client.GetAsync("/api/users", Ct)).ShouldBeProblemAsync(403);

        var changed = await _host.Client.PutAsync($"/api/users/{id}/roles", ApiJson.Body(new { roles = new[] { "admin" } }), Ct);

        Assert.Equal(["Admin"], (await changed.ShouldBeOkAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await (await client.GetAsync("/api/users", Ct)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task ResetUserPassword_NewPassword_SignsInAndTheOldOneNoLonger()
    {
        var id = await CreateUserAsync("forgetful", "forgetful-password-01");

        var reset = await _host.Client.PostAsync($"/api/users/{id}/reset-password", ApiJson.Body(new { password = "forgetful-password-02" }), Ct);
        using var anonymous = _host.CreateClient(apiKey: null);
        var old = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName = "forgetful", password = "forgetful-password-01" }), Ct);

        await reset.ShouldBeOkAsync();
        await old.ShouldBeProblemAsync(401);
        Assert.NotEmpty(await _host.SignInAsync("forgetful", "forgetful-password-02"));
    }

    [Fact]
    public async Task CreateUser_BadFields_Answers422ListingEveryProblemAndStoresNothing()
    {
        var response = await _host.Client.PostAsync("/api/users", ApiJson.Body(new { userName = "bad name!", password = "short", roles = new[] { "Superuser" } }), Ct);

        var problem = await response.ShouldBeProblemAsync(422);
        Assert.Equal(["userName", "password", "roles"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        var users = await (await _host.Client.GetAsync("/api/users", Ct)).ShouldBeOkAsync();
        Assert.Equal(1, users.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task CreateUser_NameTakenInAnotherCase_Answers409()
    {
        await CreateUserAsync("twin", "twin-password-00001");

        var response = await _host.Client.PostAsync("/api/users", ApiJson.Body(new { userName = "TWIN", password = "twin-password-00002", roles = Array.Empty<string>() }), Ct);

        await response.ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task ListUsers_NeverShowsPasswordHashes()
    {
        var text = await (await _host.Client.GetAsync("/api/users", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("\"userName\":\"admin\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> CreateUserAsync(string userName, string password, params string[] roles)
    {
        var response = await _host.Client.PostAsync("/api/users", ApiJson.Body(new { userName, password, roles }), Ct);
        return (await response.ShouldBeOkAsync(201)).GetProperty("id").GetString()!;
    }
}
