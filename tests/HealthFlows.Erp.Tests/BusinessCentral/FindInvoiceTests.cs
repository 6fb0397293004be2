using HealthFlows.Erp.Invoices;
using HealthFlows.Erp.Tests.Support;

namespace HealthFlows.Erp.Tests.BusinessCentral;

public sealed class FindInvoiceTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindInvoice_UnknownNumber_AnswersNull()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        Assert.Null(await erp.Connector.FindInvoiceAsync("MSG-NONE", Cancellation));
    }

    [Fact]
    public async Task FindInvoice_NumberWithAQuote_IsEscapedInTheFilter()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);
        var posted = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("O'HARE-17"), Cancellation);

        var found = await erp.Connector.FindInvoiceAsync("O'HARE-17", Cancellation);

        Assert.Equal(ErpPostStatus.Posted, posted.Status);
        Assert.Equal(new ErpInvoiceReference(posted.InvoiceId!.Value, posted.DocumentNumber!, "O'HARE-17", "Open"), found);
    }

    [Fact]
    public async Task FindInvoice_ErpDown_ThrowsUnavailableAfterTheRetries()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.Resilience.MaxRetryAttempts = 0);
        await sandbox.SetFaultsAsync(new { unavailableForSeconds = 60 });

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.Connector.FindInvoiceAsync("MSG-1", Cancellation));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }
}
