using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlCostCenterStoreTests(PostgreSqlStoreFixture fixture)
    : CostCenterStoreContract<PostgreSqlStoreFixture>(fixture);
