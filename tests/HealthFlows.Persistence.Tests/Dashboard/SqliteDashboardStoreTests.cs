using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Dashboard;

public sealed class SqliteDashboardStoreTests(SqliteStoreFixture fixture)
    : DashboardStoreContract<SqliteStoreFixture>(fixture);
