using System.Net.Http.Headers;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Hosting;

public sealed class ErpSandboxHostingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEmbeddedDefault_HostsTheErpSandboxUnderSandboxErp_WithASecretKeptInTheDataDirectory()
    {
        var secret = (await File.ReadAllTextAsync(Path.Combine(server.Host.DataDirectory, "erp-sandbox.secret"), Ct)).Trim();
        using var anonymous = server.Host.CreateClient(apiKey: null);

        var token = await (await anonymous.PostAsync("/sandbox/erp/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "healthflows",
            ["client_secret"] = secret,
        }), Ct)).ShouldBeOkAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/erp/api/v2.0/companies");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        var companies = await (await anonymous.SendAsync(request, Ct)).ShouldBeOkAsync();

        Assert.Equal(48, secret.Length);
        Assert.True(companies.GetProperty("value").GetArrayLength() >= 1);
    }
}
