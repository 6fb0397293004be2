using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteCostCenterStoreTests(SqliteStoreFixture fixture)
    : CostCenterStoreContract<SqliteStoreFixture>(fixture);
