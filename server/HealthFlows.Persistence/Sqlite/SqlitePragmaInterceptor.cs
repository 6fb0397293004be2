using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthFlows.Persistence.Sqlite;

/// <summary>
/// Sets WAL, synchronous=NORMAL and a busy timeout on every opened SQLite connection: readers then never block the
/// writer, commits skip the fsync per transaction, and concurrent writers wait instead of failing with SQLITE_BUSY.
/// </summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
