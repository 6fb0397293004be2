using System.Net;
using System.Net.Http.Headers;
using HealthFlows.ErpSandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealthFlows.ErpSandbox.Tests.Host;

public sealed class StandaloneHostTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StandaloneHost_ConfiguredFromSettings_ServesTheSandboxAtTheRootOverKestrel()
    {
        using var folder = new TemporaryFolder();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("urls", "http://127.0.0.1:0");
            host.UseSetting("ErpSandbox:DatabasePath", folder.File("standalone.db"));
            host.UseSetting("ErpSandbox:ClientId", "standalone-client");
            host.UseSetting("ErpSandbox:ClientSecret", "standalone-secret");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var tokenResponse = await client.PostAsync("/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "standalone-client", ["client_secret"] = "standalone-secret",
        }), Cancellation);
        var token = (await tokenResponse.ReadJsonAsync()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var companies = await client.GetJsonAsync("/api/v2.0/companies");

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal(IPAddress.Loopback.ToString(), client.BaseAddress!.Host);
        Assert.Single(companies.Values());
        Assert.True(File.Exists(folder.File("standalone.db")));
    }
}
