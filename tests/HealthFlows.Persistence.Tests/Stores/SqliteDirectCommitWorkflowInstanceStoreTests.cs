using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteDirectCommitWorkflowInstanceStoreTests(SqliteDirectCommitStoreFixture fixture)
    : WorkflowInstanceStoreContract<SqliteDirectCommitStoreFixture>(fixture);
