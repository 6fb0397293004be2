using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteBookmarkStoreTests(SqliteStoreFixture fixture)
    : BookmarkStoreContract<SqliteStoreFixture>(fixture);
