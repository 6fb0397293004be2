namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Cluster</c>: several server processes sharing one PostgreSQL or SQL Server database.</summary>
public sealed class ClusterOptions
{
    /// <summary>Whether this node cooperates with others on the same database. Default false (one process, in-process locks).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// This node's id, written on the leases it holds; unique per process, stable across its restarts (a restarted node
    /// takes its own leases back at once). Default: the machine name.
    /// </summary>
    public string NodeId { get; set; } = Environment.MachineName;

    /// <summary>How long a lease on a Running instance lasts unless renewed; the failover time after a node dies. Default 30 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a node renews its leases and claims lapsed ones (at most a third of the lease). Default 5 s.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a node checks whether another node published or retracted a workflow. Default 2 s.</summary>
    public TimeSpan PublishPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
