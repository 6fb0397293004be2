using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteUserAccountStoreTests(SqliteStoreFixture fixture)
    : UserAccountStoreContract<SqliteStoreFixture>(fixture);
