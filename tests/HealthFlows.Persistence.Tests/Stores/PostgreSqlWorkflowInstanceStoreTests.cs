using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlWorkflowInstanceStoreTests(PostgreSqlStoreFixture fixture)
    : WorkflowInstanceStoreContract<PostgreSqlStoreFixture>(fixture);
