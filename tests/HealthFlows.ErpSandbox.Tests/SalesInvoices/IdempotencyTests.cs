using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.SalesInvoices;

public sealed class IdempotencyTests
{
    [Fact]
    public async Task CreateInvoice_KnownExternalDocumentNumber_Returns200WithTheExistingInvoice()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var first = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0100"), HttpStatusCode.Created);

        var again = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0100", unitPrice: 999m), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(91.00m, again.GetProperty("totalAmountIncludingTax").GetDecimal());
        var stats = await sandbox.Http.GetJsonAsync("stats");
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    [Fact]
    public async Task CreateInvoice_ConcurrentIdenticalPosts_CreateExactlyOneInvoice()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var body = InvoiceBodies.Charge("MSG-0200");

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => api.PostJsonAsync("salesInvoices", body)));

        var statuses = responses.Select(response => response.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(status => status == HttpStatusCode.Created));
        Assert.Equal(15, statuses.Count(status => status == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async response => (await response.ReadJsonAsync()).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        var stats = await sandbox.Http.GetJsonAsync("stats");
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("lineCount").GetInt32());
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task CreateInvoice_WithoutExternalDocumentNumber_CreatesEveryTime()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        await api.PostJsonAsync("salesInvoices", """{"customerNumber":"SELFPAY"}""", HttpStatusCode.Created);
        await api.PostJsonAsync("salesInvoices", """{"customerNumber":"SELFPAY"}""", HttpStatusCode.Created);

        Assert.Equal(2, (await sandbox.Http.GetJsonAsync("stats")).GetProperty("invoiceCount").GetInt32());
    }
}
