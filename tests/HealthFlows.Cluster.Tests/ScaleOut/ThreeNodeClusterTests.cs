using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HealthFlows.Cluster.Tests.Support;
using HealthFlows.Testing;
using Npgsql;

namespace HealthFlows.Cluster.Tests.ScaleOut;

/// <summary>
/// Three server processes on loopback sharing one PostgreSQL, HTTP triggers fired at all three and a timer ticking on
/// all three, one node SIGKILLed mid-load: every trigger and every timer occurrence makes one instance, no instance runs
/// twice, and the dead node's work finishes elsewhere.
/// </summary>
public sealed class ThreeNodeClusterTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Charges = 150;
    private const int KillAfterAnswers = 60;
    private const string Victim = "node-2";
    private const string Ticker = "ticker";
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(6);

    private readonly TempDirectory root = new("hf-cluster-");
    private readonly List<ServerProcess> nodes = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cluster_OneOfThreeNodesKilledMidLoad_EachTriggerRunsOnceAndTheDeadNodesInstancesCompleteElsewhere()
    {
        var database = await postgres.CreateDatabaseAsync("threenodes");
        var erpPort = FreePort.Next();
        using var erp = await ErpSandboxProcess.StartAsync(root.Path, erpPort, Ct);
        // Each posting takes a while, so every node has a backlog of accepted, running instances when one dies.
        await erp.SlowDownAsync(milliseconds: 100, Ct);
        await StartNodesAsync(database, ErpSandboxProcess.AddressOf(erpPort));
        await nodes[0].PublishAsync(ChargeWorkflows.PostCharge("charges", "charges", mode: "async"), Ct);
        await nodes[0].PublishAsync(ChargeWorkflows.Ticker(Ticker, TickInterval.ToString("c", CultureInfo.InvariantCulture)), Ct);
        foreach (var node in nodes)
        {
            // The route is known once GET (not a served method) answers 405 instead of 404.
            Assert.True(await Eventually.HoldsAsync(async () => (await node.Client.GetAsync("/workflows/charges", Ct)).StatusCode == HttpStatusCode.MethodNotAllowed, TimeSpan.FromSeconds(20), Ct));
        }

        var acknowledged = await SendKillingMidwayAsync();
        var killedAt = Stopwatch.StartNew();
        var orphans = await QueryIdsAsync(database, $"SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"Status\" = 'Running' AND \"LeaseOwner\" = '{Victim}'");
        var orphansClaimed = await Eventually.HoldsAsync(async () =>
            (await QueryIdsAsync(database, $"SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"Status\" = 'Running' AND \"LeaseOwner\" = '{Victim}'")).Count == 0, TimeSpan.FromSeconds(30), Ct);
        var takeover = killedAt.Elapsed;
        var orphansDone = await Eventually.HoldsAsync(async () =>
            (await QueryIdsAsync(database, "SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"Status\" = 'Finished'")).IsSupersetOf(orphans), TimeSpan.FromSeconds(60), Ct);
        var recovery = killedAt.Elapsed;
        await nodes[0].RetractAsync(Ticker, Ct);
        // Every live node learns of the retraction within its publish poll; an occurrence it was firing meanwhile still lands once.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var allDone = await Eventually.HoldsAsync(async () =>
            (await QueryIdsAsync(database, "SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"Status\" <> 'Finished'")).Count == 0, TimeSpan.FromSeconds(30), Ct);
        output.WriteLine($"{acknowledged.Count} of {Charges} triggers acknowledged; {orphans.Count} instances left running on {Victim}, "
            + $"taken over {takeover.TotalSeconds:F1} s and all finished on other nodes {recovery.TotalSeconds:F1} s after the kill (lease {LeaseDuration.TotalSeconds} s).");

        Assert.True(orphansClaimed && orphansDone && allDone, "Instances did not finish:\n" + string.Join("\n---\n", nodes.Select(n => n.Output)));
        Assert.NotEmpty(orphans);
        var perMessage = await CountsAsync(database, "SELECT \"CorrelationId\", count(*) FROM \"WorkflowInstances\" WHERE \"DefinitionId\" = 'charges' GROUP BY \"CorrelationId\"");
        Assert.All(acknowledged, id => Assert.Equal(1, perMessage.GetValueOrDefault(id)));
        Assert.All(perMessage, m => Assert.Equal(1, m.Value));
        // A run that committed twice would show its steps twice: each instance started once and posted once (a post that
        // found the ERP unavailable and was retried shows as well, with its Unavailable outcome).
        var startsPerInstance = await CountsAsync(database, "SELECT \"InstanceId\", count(*) FROM \"JournalEntries\" WHERE \"NodeId\" = 'http' GROUP BY \"InstanceId\"");
        var postsPerInstance = await CountsAsync(database, "SELECT \"InstanceId\", count(*) FROM \"JournalEntries\" WHERE \"NodeId\" = 'post' AND \"Outcomes\" LIKE '%Posted%' GROUP BY \"InstanceId\"");
        Assert.Equal(perMessage.Count, startsPerInstance.Count);
        Assert.All(startsPerInstance, s => Assert.Equal(1, s.Value));
        Assert.Equal(perMessage.Count, postsPerInstance.Count);
        Assert.All(postsPerInstance, p => Assert.Equal(1, p.Value));
        Assert.Empty(await QueryIdsAsync(database, "SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"SubStatus\" <> 'Completed'"));
        var invoices = await erp.ListInvoicesAsync(Ct);
        Assert.All(acknowledged, id => Assert.Single(invoices, i => i.ExternalDocumentNumber == id && i.Status == "Open"));
        Assert.Equal(invoices.Count, invoices.Select(i => i.ExternalDocumentNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, (await erp.StatsAsync(Ct)).GetProperty("idempotentReplayCount").GetInt32());

        // The timer: three nodes fired every occurrence, the database kept one instance each, and no occurrence was
        // lost while a node died (instance ids carry the occurrence's Unix milliseconds in their first 12 hex digits).
        var ticks = (await QueryIdsAsync(database, $"SELECT \"Id\" FROM \"WorkflowInstances\" WHERE \"DefinitionId\" = '{Ticker}'"))
            .Select(id => DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(id[..12], 16))).Order().ToList();
        var tickStarts = await CountsAsync(database, "SELECT \"InstanceId\", count(*) FROM \"JournalEntries\" WHERE \"NodeId\" = 'tick' GROUP BY \"InstanceId\"");
        output.WriteLine($"{ticks.Count} timer occurrences from {ticks.FirstOrDefault():O} to {ticks.LastOrDefault():O}.");
        Assert.True(ticks.Count >= 5, $"Only {ticks.Count} timer occurrences.");
        Assert.All(Enumerable.Range(1, ticks.Count - 1), i => Assert.Equal(TickInterval, ticks[i] - ticks[i - 1]));
        Assert.Equal(ticks.Count, tickStarts.Count);
        Assert.All(tickStarts, t => Assert.Equal(1, t.Value));
    }

    private async Task StartNodesAsync(string database, Uri erp)
    {
        // The first node creates the schema; the other two start together.
        nodes.Add(await ServerProcess.StartAsync(root.Combine("node-1"), Settings(database, erp, "node-1"), Ct));
        var others = new[] { "node-2", "node-3" }.Select(id => ServerProcess.StartAsync(root.Combine(id), Settings(database, erp, id), Ct)).ToList();
        foreach (var start in others)
        {
            nodes.Add(await start);
        }
    }

    private static Dictionary<string, string> Settings(string database, Uri erp, string nodeId)
    {
        var settings = ChargeWorkflows.ErpSettings(erp);
        settings["HealthFlows:Database:Provider"] = "PostgreSql";
        settings["ConnectionStrings:HealthFlows"] = database;
        settings["HealthFlows:Cluster:Enabled"] = "true";
        settings["HealthFlows:Cluster:NodeId"] = nodeId;
        // Every node of a cluster shares the payload keys (a test-only key, not a secret).
        settings["HealthFlows:Encryption:Keys:cluster-test"] = "dGVzdC1vbmx5LWNsdXN0ZXIta2V5LTMyLWJ5dGVzISE=";
        settings["HealthFlows:Cluster:LeaseDuration"] = LeaseDuration.ToString();
        settings["HealthFlows:Cluster:SweepInterval"] = "00:00:01";
        settings["HealthFlows:Cluster:PublishPollInterval"] = "00:00:01";
        return settings;
    }

    /// <summary>Sends every charge round-robin to the three nodes, 12 at a time, with its id as correlation id; kills node-2 midway.</summary>
    private async Task<IReadOnlyCollection<string>> SendKillingMidwayAsync()
    {
        var acknowledged = new ConcurrentBag<string>();
        var answers = 0;
        var clients = nodes.Select(n => n.CreateClient()).ToList();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(1, Charges), new ParallelOptions { MaxDegreeOfParallelism = 12, CancellationToken = Ct }, async (i, token) =>
            {
                var id = $"CHG-{i:D4}";
                using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/charges") { Content = JsonContent.Create(ChargeWorkflows.Charge(id)) };
                request.Headers.Add("X-Correlation-Id", id);
                try
                {
                    using var response = await clients[i % clients.Count].SendAsync(request, token);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        acknowledged.Add(id);
                    }
                }
                catch (HttpRequestException)
                {
                    // Sent to the killed node: not acknowledged.
                }

                if (Interlocked.Increment(ref answers) == KillAfterAnswers)
                {
                    nodes[1].Kill();
                }
            });
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        return acknowledged;
    }

    private async Task<HashSet<string>> QueryIdsAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(Ct))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<Dictionary<string, long>> CountsAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(Ct))
        {
            counts[reader.IsDBNull(0) ? "(none)" : reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public void Dispose()
    {
        nodes.ForEach(n => n.Dispose());
        root.Dispose();
    }
}
