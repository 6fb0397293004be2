using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>The nightly-cost-center-sync sample: published at first start, it syncs from the hosted ERP sandbox at 02:00 server time.</summary>
public sealed class NightlyCostCenterSyncTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NightlySample_At0200ServerTime_SyncsTheCostCentersFromTheErpAndLogsTheCounts()
    {
        // The test server's zone is UTC; its clock starts at 2026-11-25T08:00Z.
        var twoAm = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        await server.Host.WaitArmedAsync("nightly-cost-center-sync", twoAm);

        server.Host.Clock.SetUtcNow(twoAm);
        await server.Host.WaitHandledAsync("nightly-cost-center-sync", twoAm);

        var instance = await server.Client.OccurrenceInstanceAsync("nightly-cost-center-sync", twoAm);
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        var logged = instance.GetProperty("journal").EnumerateArray().Single(e => e.GetProperty("nodeId").GetString() == "synced");
        Assert.Contains("Cost centers synced", logged.GetRawText(), StringComparison.Ordinal);
        var synced = await (await server.Client.GetAsync("/api/cost-centers?pageSize=100", Ct)).ShouldBeOkAsync();
        Assert.Contains(synced.GetProperty("items").EnumerateArray(), c => c.TryGetProperty("lastSyncedAt", out var at) && at.ValueKind == System.Text.Json.JsonValueKind.String && at.GetDateTimeOffset() == twoAm);
    }
}
