using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Auth;

public sealed class BearerTokenTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiCall_WithoutToken_Returns401WithBusinessCentralError()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        using var response = await sandbox.Http.GetAsync("api/v2.0/companies", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("Authentication_InvalidCredentials", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task ApiCall_WithTamperedToken_Returns401()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var token = await sandbox.TokenAsync();
        var parts = token.Split('.');
        var tampered = string.Join('.', long.Parse(parts[0], CultureInfo.InvariantCulture) + 86400, parts[1], parts[2]);

        using var response = await GetCompaniesAsync(sandbox, tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiCall_TokenAtTheEndOfItsLifetime_IsAcceptedUntilItExpires()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var token = await sandbox.TokenAsync();

        sandbox.Clock.Advance(TimeSpan.FromSeconds(3598));
        using var stillValid = await GetCompaniesAsync(sandbox, token);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await GetCompaniesAsync(sandbox, token);

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    private static Task<HttpResponseMessage> GetCompaniesAsync(SandboxServer sandbox, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/v2.0/companies");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return sandbox.Http.SendAsync(request, Cancellation);
    }
}
