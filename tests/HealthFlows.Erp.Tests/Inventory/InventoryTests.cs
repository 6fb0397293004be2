using HealthFlows.Erp.Inventory;
using HealthFlows.Erp.Invoices;
using HealthFlows.Erp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Erp.Tests.Inventory;

public sealed class InventoryTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static ErpConsumption Hip(string document, decimal quantity = 1, string costCenter = "ORTHO") =>
        new(document, "IMP-HIP-001", quantity, costCenter, Today, "Implanted in surgery");

    [Fact]
    public async Task FindItem_ASeededImplant_AnswersItsStockAndReorderPolicy_AndAnUnknownNumberNull()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var hip = await erp.Connector.FindItemAsync("IMP-HIP-001", Cancellation);
        var unknown = await erp.Connector.FindItemAsync("IMP-O'NO", Cancellation);

        Assert.Equal(new ErpItem("IMP-HIP-001", "Hip stem, cementless", 5, 3, 10, "ORTHOSUP", false), hip);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task PostConsumption_AnItemInStock_IsPostedWithTheStockLeft()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var first = await erp.Connector.PostConsumptionAsync(Hip("proc-1"), Cancellation);
        var second = await erp.Connector.PostConsumptionAsync(Hip("proc-2"), Cancellation);

        Assert.Equal(ErpPostStatus.Posted, first.Status);
        Assert.Equal(4m, first.Item!.Inventory);
        Assert.False(first.Item.NeedsReplenishment);
        Assert.Equal(3m, second.Item!.Inventory);
        Assert.True(second.Item.NeedsReplenishment);
        Assert.NotEqual(first.EntryId, second.EntryId);
    }

    [Fact]
    public async Task PostConsumption_TheSameDocumentAgain_AnswersTheFirstEntryWithoutTakingTheItemAgain()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var first = await erp.Connector.PostConsumptionAsync(Hip("proc-3"), Cancellation);
        var again = await erp.Connector.PostConsumptionAsync(Hip("proc-3"), Cancellation);
        var stats = await sandbox.StatsAsync();

        Assert.Equal(first.EntryId, again.EntryId);
        Assert.Equal(4m, again.Item!.Inventory);
        Assert.Equal(1, stats.GetProperty("consumptionCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("consumptionReplayCount").GetInt32());
    }

    [Fact]
    public async Task PostConsumption_AnswerLostAfterTheErpTookTheItem_RetryFindsTheEntryInsteadOfTakingItAgain()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        var network = new AnswerDroppingHandler(request =>
            request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/itemLedgerEntries", StringComparison.Ordinal));
        await using var erp = ConnectorHost.For(
            sandbox, clock,
            options =>
            {
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
                options.Resilience.MaxRetryAttempts = 1;
                options.Resilience.RetryDelay = TimeSpan.FromSeconds(5);
            },
            services => services.AddHttpClient(ErpServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => network));

        var posting = erp.Connector.PostConsumptionAsync(Hip("proc-4"), Cancellation);
        await network.Dropped;
        clock.Advance(TimeSpan.FromSeconds(2));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await posting;
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal(4m, result.Item!.Inventory);
        Assert.Equal(1, stats.GetProperty("consumptionCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("consumptionReplayCount").GetInt32());
    }

    [Theory]
    [InlineData("IMP-NOPE-9", 1, "ORTHO", "The Item does not exist")]
    [InlineData("IMP-LENS-006", 1, "ORTHO", "Item IMP-LENS-006 is blocked.")]
    [InlineData("IMP-HIP-001", 9, "ORTHO", "insufficient quantity")]
    [InlineData("IMP-HIP-001", 1, "DERM", "DERM is blocked")]
    [InlineData("IMP-HIP-001", 0, "ORTHO", "The quantity must be above 0.")]
    [InlineData("IMP-HIP-001", 1, "", "A cost center is required.")]
    public async Task PostConsumption_ABusinessProblem_IsRejectedWithTheReason(string item, decimal quantity, string costCenter, string reason)
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var result = await erp.Connector.PostConsumptionAsync(new ErpConsumption("proc-5", item, quantity, costCenter, Today, null), Cancellation);

        Assert.Equal(ErpPostStatus.Rejected, result.Status);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Null(result.Item);
    }

    [Fact]
    public async Task PostConsumption_ErpDown_IsUnavailableAndTakesNothing()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.Resilience.MaxRetryAttempts = 0);
        await sandbox.SetFaultsAsync(new { unavailableForSeconds = 3600 });

        var result = await erp.Connector.PostConsumptionAsync(Hip("proc-6"), Cancellation);

        Assert.Equal(ErpPostStatus.Unavailable, result.Status);
        Assert.Contains("503", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await sandbox.StatsAsync()).GetProperty("consumptionCount").GetInt32());
    }

    [Fact]
    public async Task RequestReplenishment_AnItem_OrdersItFromItsVendorOncePerDocument()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);
        var request = new ErpReplenishment("RPL-proc-7", "IMP-HIP-001", 10, null, Today);

        var first = await erp.Connector.RequestReplenishmentAsync(request, Cancellation);
        var again = await erp.Connector.RequestReplenishmentAsync(request, Cancellation);
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, first.Status);
        Assert.Equal("PO106001", first.OrderNumber);
        Assert.Equal(first.OrderId, again.OrderId);
        Assert.Equal(1, stats.GetProperty("purchaseOrderCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("purchaseOrderReplayCount").GetInt32());
    }

    [Fact]
    public async Task RequestReplenishment_AnUnknownVendor_IsRejected()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var result = await erp.Connector.RequestReplenishmentAsync(new ErpReplenishment("RPL-proc-8", "IMP-HIP-001", 10, "NOBODY", Today), Cancellation);

        Assert.Equal(ErpPostStatus.Rejected, result.Status);
        Assert.Contains("The Vendor does not exist", result.Error, StringComparison.Ordinal);
    }
}
