using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteWorkflowDefinitionStoreTests(SqliteStoreFixture fixture)
    : WorkflowDefinitionStoreContract<SqliteStoreFixture>(fixture);
