using HealthFlows.Testing;

namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>The stores over a new database on the real PostgreSQL server the test run started.</summary>
public sealed class PostgreSqlStoreFixture(PostgresServer server) : StoreFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task<PersistenceOptions> CreateOptionsAsync() =>
        new() { Provider = DatabaseProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync("stores") };
}
