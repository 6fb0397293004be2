using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Execution;

public sealed class PostgreSqlDeadLetterCrashTests(PostgreSqlStoreFixture fixture)
    : DeadLetterCrashContract<PostgreSqlStoreFixture>(fixture);
