using System.Data.Common;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthFlows.Persistence.Tests.Auditing;

/// <summary>The audit trail on a real PostgreSQL, where several nodes may append to one chain.</summary>
public sealed class PostgreSqlAuditTrailTests(PostgresServer server) : AuditTrailContract
{
    [Fact]
    public async Task AppendAsync_TwoNodesAppendingAtOnce_NeverForkTheChain()
    {
        await using var otherNode = StartNode();
        var other = otherNode.GetRequiredService<IAuditTrail>();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            (i % 2 == 0 ? Trail : other).AppendAsync(Event("definition.saved", $"wf-{i}"), Token)));

        Assert.Equal(new AuditVerification(true, 20, null), await Trail.VerifyAsync(Token));
    }

    protected override async Task<PersistenceOptions> CreateOptionsAsync() =>
        new() { Provider = DatabaseProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync("audit") };

    protected override DbConnection OpenRawConnection() => new NpgsqlConnection(Options.ConnectionString);
}
