using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Leases;

public sealed class SqliteInstanceLeaseStoreTests(SqliteStoreFixture fixture)
    : InstanceLeaseStoreContract<SqliteStoreFixture>(fixture);
