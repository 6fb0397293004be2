using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteDeadLetterStoreTests(SqliteStoreFixture fixture)
    : DeadLetterStoreContract<SqliteStoreFixture>(fixture);
