using System.Net;
using System.Net.Http.Headers;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Storage;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_OverTheSameFile_KeepsInvoicesAndDoesNotSeedTwice()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("erp.db");
        await using (var before = await SandboxServer.StartAsync(database))
        {
            using var api = await before.CompanyClientAsync();
            await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0700"), HttpStatusCode.Created);
        }

        await using var after = await SandboxServer.StartAsync(database);
        using var restarted = await after.ApiClientAsync();

        Assert.Single((await restarted.GetJsonAsync("companies")).Values());
        using var company = await after.CompanyClientAsync();
        Assert.Single((await company.GetJsonAsync("salesInvoices?$filter=externalDocumentNumber eq 'MSG-0700'")).Values());
        await company.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0700"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Restart_TokenIssuedBefore_IsStillAccepted()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("erp.db");
        string token;
        await using (var before = await SandboxServer.StartAsync(database))
            token = await before.TokenAsync();

        await using var after = await SandboxServer.StartAsync(database);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v2.0/companies");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await after.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_RelativeDatabasePath_CreatesTheFileUnderTheContentRoot()
    {
        using var folder = new TemporaryFolder();

        var sandbox = await SandboxServer.StartAsync(Path.Combine("data", "erp.db"), contentRoot: folder.Path);
        await sandbox.DisposeAsync();

        Assert.True(File.Exists(folder.File(Path.Combine("data", "erp.db"))));
    }
}
