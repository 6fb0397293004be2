using HealthFlows.Persistence.Tests.Fixtures;

namespace HealthFlows.Persistence.Tests.Stores;

public sealed class PostgreSqlApiKeyStoreTests(PostgreSqlStoreFixture fixture)
    : ApiKeyStoreContract<PostgreSqlStoreFixture>(fixture);
