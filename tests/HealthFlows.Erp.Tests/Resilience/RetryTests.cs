using HealthFlows.Erp.Invoices;
using HealthFlows.Erp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Erp.Tests.Resilience;

public sealed class RetryTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostInvoice_Throttled_WaitsAsLongAsRetryAfterSaysThenPosts()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        // One retry after 1 s of its own: only by waiting for Retry-After (7 s) does it get past the throttling window.
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.Resilience.MaxRetryAttempts = 1);
        await sandbox.SetFaultsAsync(new { status429ForSeconds = 7 });

        var posting = erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-3001"), Cancellation);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        clock.Advance(TimeSpan.FromSeconds(7));
        var result = await posting;

        Assert.Equal(ErpPostStatus.Posted, result.Status);
    }

    [Fact]
    public async Task PostInvoice_ErpKeepsAnswering503_RetriesWithGrowingWaitsThenIsUnavailable()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.Resilience.MaxRetryAttempts = 2);
        await sandbox.SetFaultsAsync(new { unavailableForSeconds = 3600 });

        var posting = erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-3002"), Cancellation);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromSeconds(2));
        var result = await posting;

        Assert.Equal(ErpPostStatus.Unavailable, result.Status);
        Assert.StartsWith("The ERP answered HTTP 503 Internal_ServiceUnavailable", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await sandbox.StatsAsync()).GetProperty("invoiceCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_AttemptTimesOutWhileTheErpHoldsIt_RetriesAndPostsOnce()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options =>
        {
            options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
            options.Resilience.MaxRetryAttempts = 1;
            options.Resilience.RetryDelay = TimeSpan.FromSeconds(5);
        });
        await sandbox.SetFaultsAsync(new { latencyMs = 1500 });

        var posting = erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-3003"), Cancellation);
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));   // the look-up is held ...
        clock.Advance(TimeSpan.FromMilliseconds(1500));                    // ... and answers: nothing there yet
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));   // the POST is held ...
        clock.Advance(TimeSpan.FromMilliseconds(500));                     // ... past the 2 s attempt timeout
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));           // the retry waits
        await sandbox.ClearFaultsAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await posting;
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_AnswerLostAfterTheErpCreatedTheInvoice_RetryFindsItInsteadOfPostingAgain()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);

        var result = await PostWithFirstAnswerLostAsync(sandbox, clock, "/salesInvoices", "MSG-3004");
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("postedCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_AnswerLostAfterTheErpPostedTheInvoice_RetryFindsItPostedInsteadOfPostingAgain()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);

        var result = await PostWithFirstAnswerLostAsync(sandbox, clock, "/Microsoft.NAV.post", "MSG-3005");
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.StartsWith("PS-INV", result.DocumentNumber, StringComparison.Ordinal);
        Assert.Equal(1, stats.GetProperty("postedCount").GetInt32());
    }

    /// <summary>
    /// Posts an invoice through a network that loses the ERP's answer to the first POST whose path ends with
    /// <paramref name="pathSuffix"/> (the ERP did the work), lets that attempt time out and the retry run.
    /// </summary>
    private static async Task<ErpPostResult> PostWithFirstAnswerLostAsync(SandboxServer sandbox, WatchedClock clock, string pathSuffix, string controlId)
    {
        var network = new AnswerDroppingHandler(request =>
            request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal));
        await using var erp = ConnectorHost.For(
            sandbox, clock,
            options =>
            {
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
                options.Resilience.MaxRetryAttempts = 1;
                options.Resilience.RetryDelay = TimeSpan.FromSeconds(5);
            },
            services => services.AddHttpClient(ErpServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => network));

        var posting = erp.Connector.PostInvoiceAsync(SampleInvoices.Charge(controlId), Cancellation);
        await network.Dropped;                                     // the ERP did the work; its answer is lost
        clock.Advance(TimeSpan.FromSeconds(2));                    // the attempt times out, the outcome unknown
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));
        return await posting;
    }
}
