using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlDeadLetterStoreTests(PostgreSqlStoreFixture fixture)
    : DeadLetterStoreContract<PostgreSqlStoreFixture>(fixture);
