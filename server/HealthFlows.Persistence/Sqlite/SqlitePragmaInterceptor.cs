using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthFlows.Persistence.Sqlite;

/// <summary>
/// Sets WAL, synchronous=NORMAL, a busy timeout and a memory map on every opened SQLite connection: readers then never
/// block the writer, commits skip the fsync per transaction, concurrent writers wait instead of failing with SQLITE_BUSY,
/// and pages are read through the map rather than copied in by a system call each.
/// </summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA mmap_size = 268435456;";

    // The settings belong to the native connection, which the pool keeps open across EF's open/close of each query:
    // setting them once per native connection spares a statement on every open (charge-capture profile).
    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            configured.AddOrUpdate(handle, handle);
        }
    }
}
