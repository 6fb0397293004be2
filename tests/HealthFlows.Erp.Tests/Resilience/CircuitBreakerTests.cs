using HealthFlows.Erp.Invoices;
using HealthFlows.Erp.Tests.Support;

namespace HealthFlows.Erp.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostInvoice_AfterRepeatedFailures_IsRefusedWithoutCallingTheErpUntilTheBreakEnds()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options =>
        {
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.CircuitBreakerMinimumThroughput = 2;
            options.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        await sandbox.SetFaultsAsync(new { unavailableForSeconds = 3600 });

        var first = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-4001"), Cancellation);
        var second = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-4001"), Cancellation);
        await sandbox.ClearFaultsAsync();
        var whileOpen = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-4001"), Cancellation);
        clock.Advance(TimeSpan.FromSeconds(30));
        var afterTheBreak = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-4001"), Cancellation);

        Assert.Equal([ErpPostStatus.Unavailable, ErpPostStatus.Unavailable], [first.Status, second.Status]);
        Assert.Equal(ErpPostStatus.Unavailable, whileOpen.Status);
        Assert.StartsWith("The ERP circuit is open", whileOpen.Error, StringComparison.Ordinal);
        Assert.Equal(ErpPostStatus.Posted, afterTheBreak.Status);
    }
}
