using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Execution;

public sealed class PostgreSqlWorkflowRestartTests(PostgreSqlStoreFixture fixture)
    : WorkflowRestartContract<PostgreSqlStoreFixture>(fixture);
