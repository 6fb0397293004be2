using HealthFlows.Testing;

namespace HealthFlows.Server.Tests.Cluster;

/// <summary>The clustered-node tests share one PostgreSQL server (each test its own database) and run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Clustered nodes on PostgreSQL";
}
