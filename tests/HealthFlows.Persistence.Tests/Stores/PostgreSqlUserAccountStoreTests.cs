using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlUserAccountStoreTests(PostgreSqlStoreFixture fixture)
    : UserAccountStoreContract<PostgreSqlStoreFixture>(fixture);
