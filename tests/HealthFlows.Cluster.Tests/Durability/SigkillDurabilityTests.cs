using System.Collections.Concurrent;
using System.Net.Http.Json;
using HealthFlows.Cluster.Tests.Support;
using HealthFlows.Testing;

namespace HealthFlows.Cluster.Tests.Durability;

/// <summary>
/// A real server process (embedded SQLite) killed with SIGKILL under load while the ERP (its own process) is down:
/// after a restart and the ERP coming back, every acknowledged charge is posted exactly once.
/// </summary>
public sealed class SigkillDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Charges = 200;
    private const int KillAfterAnswers = 100;

    private readonly TempDirectory root = new("hf-durability-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_KilledMidLoadWhileTheErpIsDown_PostsEveryAcknowledgedChargeExactlyOnceAfterRestart()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Both processes start at once: the server needs the ERP's address, not the ERP, to start.
        var erpPort = FreePort.Next();
        var (erpStart, serverStart) = (
            ErpSandboxProcess.StartAsync(root.Path, erpPort, Ct),
            ServerProcess.StartAsync(root.Combine("server"), ChargeWorkflows.ErpSettings(ErpSandboxProcess.AddressOf(erpPort)), Ct));
        using var erp = await erpStart;
        using var server = await serverStart;
        await erp.TakeDownAsync(seconds: 600, Ct);
        await server.PublishAsync(ChargeWorkflows.PostCharge("charges", "charges"), Ct);

        output.WriteLine($"{watch.Elapsed}: started");
        var acknowledged = await SendKillingMidwayAsync(server);
        output.WriteLine($"{watch.Elapsed}: sent and killed");
        await server.RestartAsync(Ct);
        output.WriteLine($"{watch.Elapsed}: restarted");
        await erp.BringUpAsync(Ct);
        var allPosted = await Eventually.HoldsAsync(async () =>
        {
            var posted = (await erp.ListInvoicesAsync(Ct)).Where(i => i.Status == "Open").Select(i => i.ExternalDocumentNumber).ToHashSet();
            return acknowledged.All(posted.Contains);
        }, TimeSpan.FromSeconds(40), Ct);
        output.WriteLine($"{watch.Elapsed}: all posted");
        var invoices = await erp.ListInvoicesAsync(Ct);
        var stats = await erp.StatsAsync(Ct);
        output.WriteLine($"{acknowledged.Count} of {Charges} charges acknowledged before the kill; {invoices.Count} invoices in the ERP.");

        Assert.True(allPosted, $"Acknowledged charges missing in the ERP: {string.Join(", ", acknowledged.Except(invoices.Select(i => i.ExternalDocumentNumber)).Take(10))}\n{server.Output}");
        Assert.InRange(acknowledged.Count, KillAfterAnswers - 16, Charges - 1);
        Assert.All(acknowledged, id => Assert.Single(invoices, i => i.ExternalDocumentNumber == id));
        Assert.Equal(invoices.Count, invoices.Select(i => i.ExternalDocumentNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    /// <summary>Sends every charge, 16 at a time, and SIGKILLs the server once half have been answered; answers which got a 2xx.</summary>
    private async Task<IReadOnlyCollection<string>> SendKillingMidwayAsync(ServerProcess server)
    {
        var acknowledged = new ConcurrentBag<string>();
        var answers = 0;
        using var client = server.CreateClient();
        var ids = Enumerable.Range(1, Charges).Select(i => $"CHG-{i:D4}");
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Ct }, async (id, token) =>
        {
            try
            {
                using var response = await client.PostAsJsonAsync("/workflows/charges", ChargeWorkflows.Charge(id), token);
                if (response.IsSuccessStatusCode)
                {
                    acknowledged.Add(id);
                }
            }
            catch (HttpRequestException)
            {
                // Refused or cut off by the kill: not acknowledged, so the sender would send it again.
            }

            if (Interlocked.Increment(ref answers) == KillAfterAnswers)
            {
                server.Kill();
            }
        });
        return acknowledged;
    }

    public void Dispose() => root.Dispose();
}
