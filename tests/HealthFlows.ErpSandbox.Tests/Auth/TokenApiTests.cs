using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Auth;

public sealed class TokenApiTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueToken_ValidClientCredentials_ReturnsBearerTokenWithLifetime()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        using var response = await sandbox.Http.PostAsync("oauth2/token", Form(SandboxServer.ClientId, SandboxServer.ClientSecret), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3599, body.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task IssueToken_WrongSecret_Returns401InvalidClient()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        using var response = await sandbox.Http.PostAsync("oauth2/token", Form(SandboxServer.ClientId, "guessed"), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task IssueToken_CredentialsInBasicAuthentication_ReturnsToken()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SandboxServer.ClientId}:{SandboxServer.ClientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);

        using var response = await sandbox.Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_PasswordGrant_Returns400UnsupportedGrantType()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        using var response = await sandbox.Http.PostAsync("oauth2/token",
            Form(SandboxServer.ClientId, SandboxServer.ClientSecret, grantType: "password"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task IssueToken_JsonBody_Returns400InvalidRequest()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        using var response = await sandbox.Http.PostJsonAsync("oauth2/token",
            """{"grant_type":"client_credentials","client_id":"test-client","client_secret":"test-secret"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    private static FormUrlEncodedContent Form(string clientId, string clientSecret, string grantType = "client_credentials") =>
        new(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = "https://api.businesscentral.dynamics.com/.default",
        });
}
