using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Dashboard;

public sealed class PostgreSqlDashboardStoreTests(PostgreSqlStoreFixture fixture)
    : DashboardStoreContract<PostgreSqlStoreFixture>(fixture);
