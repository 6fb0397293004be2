using HealthFlows.Server.Tests.Support;
using HealthFlows.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Server.Tests.Cluster;

/// <summary>Clustered servers (in this test process, each its own host and container) over one PostgreSQL database.</summary>
public sealed class ClusterNodes(PostgresServer postgres) : IAsyncLifetime
{
    /// <summary>The lease every node writes: 30 s, renewed and swept every 5 s.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    private readonly List<ServerHost> nodes = [];
    private readonly List<string> directories = [];

    public string ConnectionString { get; private set; } = "";

    /// <summary>The clock every node of the test shares.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync() => ConnectionString = await postgres.CreateDatabaseAsync("cluster");

    /// <summary>Starts a clustered node with <paramref name="nodeId"/> on the shared database and clock.</summary>
    public async Task<ServerHost> StartAsync(string nodeId)
    {
        var directory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        directories.Add(directory);
        var node = await ServerHost.StartAsync(directory, Clock, Settings(ConnectionString, nodeId));
        nodes.Add(node);
        return node;
    }

    public static Dictionary<string, string?> Settings(string connectionString, string nodeId) => new()
    {
        ["HealthFlows:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:HealthFlows"] = connectionString,
        ["HealthFlows:Cluster:Enabled"] = "true",
        ["HealthFlows:Cluster:NodeId"] = nodeId,
        // Every node of a cluster shares the payload keys (a test-only key, not a secret).
        ["HealthFlows:Encryption:Keys:cluster-test"] = "dGVzdC1vbmx5LWNsdXN0ZXIta2V5LTMyLWJ5dGVzISE=",
        ["HealthFlows:Cluster:LeaseDuration"] = "00:00:30",
        ["HealthFlows:Cluster:SweepInterval"] = "00:00:05",
        ["HealthFlows:Cluster:PublishPollInterval"] = "00:00:02",
        ["HealthFlows:Samples:Load"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        foreach (var directory in directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
