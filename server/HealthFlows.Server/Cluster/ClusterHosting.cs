using HealthFlows.Persistence;
using HealthFlows.Persistence.Locks;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Leases;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Cluster;

/// <summary>
/// Clustered mode (<c>HealthFlows:Cluster:Enabled</c>): a database lock per instance instead of the in-process one,
/// leases on Running instances with a sweeper that renews them and takes over lapsed ones, and a poll that tells this
/// node about workflows another node published. Refuses to start on SQLite.
/// </summary>
public static class ClusterHosting
{
    public const string SectionName = HealthFlowsOptions.SectionName + ":Cluster";

    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder, HealthFlowsOptions options, PersistenceOptions persistence)
    {
        var cluster = options.Cluster;
        if (!cluster.Enabled)
        {
            return builder;
        }

        var problems = Validate(cluster, persistence.Provider);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(SectionName, typeof(ClusterOptions), problems);
        }

        var services = builder.Services;
        services.Configure<LeaseOptions>(leases =>
        {
            leases.NodeId = cluster.NodeId;
            leases.Duration = cluster.LeaseDuration;
        });
        services.Replace(ServiceDescriptor.Singleton(DatabaseInstanceLocks.For(persistence)));
        services.AddSingleton<LeaseSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<LeaseSweeper>());
        services.AddHostedService<PublishedSetWatcher>();
        return builder;
    }

    /// <summary>Every reason the cluster settings cannot work, each naming its key.</summary>
    public static IReadOnlyList<string> Validate(ClusterOptions cluster, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var problems = new List<string>();
        if (provider == DatabaseProvider.Sqlite)
        {
            problems.Add($"{SectionName}:Enabled is true but HealthFlows:Database:Provider is Sqlite: nodes cannot share a SQLite file. "
                + "Use PostgreSql or SqlServer (and ConnectionStrings:HealthFlows), or turn clustered mode off.");
        }

        if (string.IsNullOrWhiteSpace(cluster.NodeId) || cluster.NodeId.Length > 128)
        {
            problems.Add($"{SectionName}:NodeId is required, at most 128 characters, and must differ between nodes.");
        }

        if (cluster.LeaseDuration < TimeSpan.FromSeconds(1))
        {
            problems.Add($"{SectionName}:LeaseDuration must be at least 1 second.");
        }

        if (cluster.SweepInterval <= TimeSpan.Zero || cluster.SweepInterval * 3 > cluster.LeaseDuration)
        {
            problems.Add($"{SectionName}:SweepInterval must be positive and at most a third of LeaseDuration, so a live node renews its leases in time.");
        }

        if (cluster.PublishPollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:PublishPollInterval must be positive.");
        }

        return problems;
    }
}
