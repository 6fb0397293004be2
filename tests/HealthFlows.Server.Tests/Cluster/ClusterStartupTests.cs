using HealthFlows.Persistence;
using HealthFlows.Server.Cluster;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Tests.Cluster;

public sealed class ClusterStartupTests
{
    [Fact]
    public async Task Start_ClusteredOnSqlite_RefusesWithAnErrorNamingTheProviderAndTheFix()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServerHost.StartAsync(
                dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:Cluster:Enabled"] = "true", ["HealthFlows:Cluster:NodeId"] = "node-1" }));

            var failure = Assert.Single(error.Failures);
            Assert.Contains("HealthFlows:Database:Provider is Sqlite", failure, StringComparison.Ordinal);
            Assert.Contains("Use PostgreSql or SqlServer", failure, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dataDirectory, PersistenceOptions.SqliteFileName)));
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    [Fact]
    public void Validate_SweepSlowerThanAThirdOfTheLeaseAndNoNodeId_NamesBothKeys()
    {
        var problems = ClusterHosting.Validate(
            new ClusterOptions { Enabled = true, NodeId = " ", LeaseDuration = TimeSpan.FromSeconds(10), SweepInterval = TimeSpan.FromSeconds(5) },
            DatabaseProvider.PostgreSql);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("HealthFlows:Cluster:NodeId", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("HealthFlows:Cluster:SweepInterval", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PostgreSqlWithDefaults_HasNoProblems() =>
        Assert.Empty(ClusterHosting.Validate(new ClusterOptions { Enabled = true }, DatabaseProvider.PostgreSql));
}
