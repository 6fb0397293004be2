using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Stats;

public sealed class StatsApiTests
{
    [Fact]
    public async Task GetStats_AfterCreatingAndPosting_CountsInvoicesPostedInvoicesAndLines()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var first = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0600"), HttpStatusCode.Created);
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0601"), HttpStatusCode.Created);
        (await api.PostAsync($"salesInvoices({first.GetProperty("id").GetString()})/Microsoft.NAV.post", null,
            TestContext.Current.CancellationToken)).Dispose();

        var stats = await sandbox.Http.GetJsonAsync("stats");

        Assert.Equal(2, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("postedCount").GetInt32());
        Assert.Equal(2, stats.GetProperty("lineCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }
}
