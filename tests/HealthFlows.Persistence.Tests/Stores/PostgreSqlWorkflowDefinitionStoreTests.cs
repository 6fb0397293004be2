using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlWorkflowDefinitionStoreTests(PostgreSqlStoreFixture fixture)
    : WorkflowDefinitionStoreContract<PostgreSqlStoreFixture>(fixture);
