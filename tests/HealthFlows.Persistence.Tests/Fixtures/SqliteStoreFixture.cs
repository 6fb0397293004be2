using HealthFlows.Testing;

namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>The stores over a real SQLite file (the embedded default: healthflows.db in a data directory).</summary>
public class SqliteStoreFixture : StoreFixture
{
    private readonly TempDirectory directory = new();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => directory.Combine(PersistenceOptions.SqliteFileName);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    protected virtual bool GroupCommit => true;

    protected override Task<PersistenceOptions> CreateOptionsAsync() =>
        Task.FromResult(new PersistenceOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = directory.Path, GroupCommit = GroupCommit });
}
