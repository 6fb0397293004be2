using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlBookmarkStoreTests(PostgreSqlStoreFixture fixture)
    : BookmarkStoreContract<PostgreSqlStoreFixture>(fixture);
