using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class SqliteApiKeyStoreTests(SqliteStoreFixture fixture)
    : ApiKeyStoreContract<SqliteStoreFixture>(fixture);
