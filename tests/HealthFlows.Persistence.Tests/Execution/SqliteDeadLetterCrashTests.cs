using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Execution;

public sealed class SqliteDeadLetterCrashTests(SqliteStoreFixture fixture)
    : DeadLetterCrashContract<SqliteStoreFixture>(fixture);
