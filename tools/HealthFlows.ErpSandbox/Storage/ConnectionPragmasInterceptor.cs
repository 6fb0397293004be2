using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>
/// Opens every sandbox connection with <c>synchronous=NORMAL</c>: in WAL mode a commit then skips its fsync (a crash of
/// the process loses nothing; only a power loss can drop the last commits). Writes take turns at the <see cref="WriteGate"/>,
/// so an fsync per commit would hold every other caller for the disk's latency. Pages are read through a memory map
/// (<c>mmap_size</c>) rather than copied in by a system call each.
/// </summary>
internal sealed class ConnectionPragmasInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
