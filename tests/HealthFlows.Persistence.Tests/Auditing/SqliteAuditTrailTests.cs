using System.Data.Common;
using HealthFlows.Testing;
using Microsoft.Data.Sqlite;

namespace HealthFlows.Persistence.Tests.Auditing;

/// <summary>The audit trail on the embedded default: a real healthflows.db file, tampered through its own SQLite connection.</summary>
public sealed class SqliteAuditTrailTests : AuditTrailContract
{
    private readonly TempDirectory directory = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    protected override Task<PersistenceOptions> CreateOptionsAsync() =>
        Task.FromResult(new PersistenceOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = directory.Path });

    protected override DbConnection OpenRawConnection() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = directory.Combine(PersistenceOptions.SqliteFileName), Pooling = false }.ToString());
}
