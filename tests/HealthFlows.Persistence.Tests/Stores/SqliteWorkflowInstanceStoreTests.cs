using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteWorkflowInstanceStoreTests(SqliteStoreFixture fixture)
    : WorkflowInstanceStoreContract<SqliteStoreFixture>(fixture);
