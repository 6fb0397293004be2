using System.Globalization;
using Microsoft.Data.SqlClient;

namespace HealthFlows.Persistence.Locks;

/// <summary>
/// A SQL Server application lock per instance (<c>sp_getapplock</c>, session-owned) on a connection held while the
/// lock is: a node that dies loses its session, and SQL Server frees the lock. DistributedLock.SqlServer is not on the
/// package feed, hence this small version of it.
/// </summary>
public sealed class SqlServerInstanceLock(string connectionString) : DatabaseInstanceLock
{
    protected override async ValueTask<IAsyncDisposable> AcquireInDatabaseAsync(string instanceId, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var acquire = SqlServerAppLockCommands.Acquire(connection, instanceId);
            var result = Convert.ToInt32(await acquire.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            SqlServerAppLockCommands.EnsureGranted(result, instanceId);
            return new Handle(connection, instanceId);
        }
        catch
        {
            // Closing the session frees anything it may have been granted meanwhile.
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Handle(SqlConnection connection, string instanceId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = SqlServerAppLockCommands.Release(connection, instanceId);
                await release.ExecuteNonQueryAsync();
            }
            catch (SqlException)
            {
                // The session may still hold the lock: keep it out of the pool, so closing it frees the lock.
                SqlConnection.ClearPool(connection);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
