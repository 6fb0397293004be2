using HealthFlows.Testing;

// One PostgreSQL server for the whole run; each test class gets its own database on it.
[assembly: AssemblyFixture(typeof(PostgresServer))]
