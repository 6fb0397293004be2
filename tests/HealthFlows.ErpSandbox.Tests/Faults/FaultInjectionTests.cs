using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unavailability_DuringTheWindow_Answers503AndRecoversWhenItEnds()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"unavailableForSeconds":30}""", HttpStatusCode.OK);

        using var down = await api.GetAsync("customers", Cancellation);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(29));
        using var stillDown = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0500"));
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        using var up = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0500"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("Internal_ServiceUnavailable", (await down.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillDown.StatusCode);
        Assert.Equal(HttpStatusCode.Created, up.StatusCode);
    }

    [Fact]
    public async Task Unavailability_LeavesTokenFaultsAndStatsEndpointsUp()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"unavailableForSeconds":30}""", HttpStatusCode.OK);

        var token = await sandbox.TokenAsync();
        var stats = await sandbox.Http.GetJsonAsync("stats");

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(0, stats.GetProperty("invoiceCount").GetInt32());
    }

    [Fact]
    public async Task Throttling_DuringTheWindow_Answers429WithRetryAfterCountingDown()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"status429ForSeconds":10}""", HttpStatusCode.OK);

        using var first = await api.GetAsync("customers", Cancellation);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(4));
        using var second = await api.GetAsync("customers", Cancellation);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(6));
        using var after = await api.GetAsync("customers", Cancellation);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), first.Headers.RetryAfter?.Delta);
        Assert.Equal("Application_TooManyRequests", (await first.ReadJsonAsync()).ErrorCode());
        Assert.Equal(TimeSpan.FromSeconds(6), second.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Latency_HoldsTheAnswerUntilTheInjectedClockHasMoved()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"latencyMs":1500}""", HttpStatusCode.OK);

        var pending = api.GetAsync("customers", Cancellation);
        await WaitForDelayedRequestsAsync(sandbox, expected: 1);
        var heldBeforeTheClockMoved = !pending.IsCompleted;
        sandbox.Clock.Advance(TimeSpan.FromMilliseconds(1500));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        Assert.True(heldBeforeTheClockMoved);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RejectCostCenters_LineWithThatCostCenter_Returns400UntilCleared()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"rejectCostCenters":["RAD"]}""", HttpStatusCode.OK);

        var rejected = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0501", costCenter: "RAD"), HttpStatusCode.BadRequest);
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0502", costCenter: "LAB"), HttpStatusCode.Created);
        (await sandbox.Http.DeleteAsync("faults", Cancellation)).Dispose();
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0501", costCenter: "RAD"), HttpStatusCode.Created);

        Assert.Equal("Application_DialogException", rejected.ErrorCode());
        Assert.Contains("RAD", rejected.ErrorMessage());
    }

    /// <summary>Polls <c>GET /faults</c> (a bounded number of times) until the sandbox holds that many requests in its latency.</summary>
    private static async Task WaitForDelayedRequestsAsync(SandboxServer sandbox, int expected)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            if ((await sandbox.Http.GetJsonAsync("faults")).GetProperty("delayedRequests").GetInt32() == expected)
                return;
        }
        Assert.Fail($"The sandbox never held {expected} request(s) in its injected latency.");
    }
}
