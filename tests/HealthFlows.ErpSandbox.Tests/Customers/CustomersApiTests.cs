using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Customers;

public sealed class CustomersApiTests
{
    [Fact]
    public async Task ListCustomers_FirstStart_ReturnsTheSeededPayersWithEntityTags()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var customers = (await api.GetJsonAsync("customers")).Values();

        var numbers = customers.Select(customer => customer.GetProperty("number").GetString()).ToList();
        Assert.Contains("MEDICARE", numbers);
        Assert.Contains("BCBS", numbers);
        Assert.Contains("SELFPAY", numbers);
        Assert.All(customers, customer => Assert.StartsWith("W/\"", customer.GetProperty("@odata.etag").GetString()));
    }

    [Fact]
    public async Task ListCustomers_FilterByNumber_ReturnsOnlyThatCustomer()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var customers = (await api.GetJsonAsync("customers?$filter=number eq 'SELFPAY'")).Values();

        Assert.Equal("Self-pay patients", Assert.Single(customers).GetProperty("displayName").GetString());
    }
}
