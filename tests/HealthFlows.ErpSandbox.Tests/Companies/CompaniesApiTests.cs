using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Companies;

public sealed class CompaniesApiTests
{
    [Fact]
    public async Task ListCompanies_FirstStart_ReturnsTheSeededCompanyInAValueArray()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.ApiClientAsync();

        var companies = (await api.GetJsonAsync("companies")).Values();

        var company = Assert.Single(companies);
        Assert.Equal("5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17", company.GetProperty("id").GetString());
        Assert.Equal("HealthFlows Sandbox Hospital", company.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CompanyRoute_UnknownCompany_Returns404()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.ApiClientAsync();

        using var response = await api.GetAsync($"companies({Guid.NewGuid()})/customers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BadRequest_NotFound", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task ApiRoute_Unknown_Returns404WithBusinessCentralError()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        using var response = await api.GetAsync("purchaseInvoices", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BadRequest_ResourceNotFound", (await response.ReadJsonAsync()).ErrorCode());
    }
}
