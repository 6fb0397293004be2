using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Leases;

public sealed class PostgreSqlInstanceLeaseStoreTests(PostgreSqlStoreFixture fixture)
    : InstanceLeaseStoreContract<PostgreSqlStoreFixture>(fixture);
