using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>
/// Opens every sandbox connection with <c>synchronous=NORMAL</c>: in WAL mode a commit then skips its fsync (a crash of
/// the process loses nothing; only a power loss can drop the last commits). Writes take turns at the <see cref="WriteGate"/>,
/// so an fsync per commit would hold every other caller for the disk's latency. Pages are read through a memory map
/// (<c>mmap_size</c>) rather than copied in by a system call each.
/// </summary>
internal sealed class SynchronousNormalInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456;";

    // Both settings belong to the native connection, which the pool keeps open across EF's open/close of each query:
    // setting them once per native connection spares a statement on every open (charge-capture profile).
    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
            configured.AddOrUpdate(handle, handle);
    }
}
