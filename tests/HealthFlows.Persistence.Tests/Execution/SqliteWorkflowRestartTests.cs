using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Execution;

public sealed class SqliteWorkflowRestartTests(SqliteStoreFixture fixture)
    : WorkflowRestartContract<SqliteStoreFixture>(fixture);
