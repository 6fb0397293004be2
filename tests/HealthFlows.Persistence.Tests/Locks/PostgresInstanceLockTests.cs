using HealthFlows.Persistence.Locks;
using HealthFlows.Testing;
using Npgsql;

namespace HealthFlows.Persistence.Tests.Locks;

/// <summary>The advisory-lock instance lock against a real PostgreSQL; each lock object plays one node.</summary>
public sealed class PostgresInstanceLockTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private string connectionString = "";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => connectionString = await server.CreateDatabaseAsync("locks");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AcquireAsync_HeldByAnotherNode_WaitsInTheDatabaseUntilReleased()
    {
        var nodeA = new PostgresInstanceLock(connectionString);
        var nodeB = new PostgresInstanceLock(connectionString);
        var held = await nodeA.AcquireAsync("instance-1", Token);

        var waiting = nodeB.AcquireAsync("instance-1", Token).AsTask();
        await WaitForAsync(async () => await WaitingAdvisoryLocksAsync() == 1);
        var completedWhileHeld = waiting.IsCompleted;
        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(Deadline, Token);

        Assert.False(completedWhileHeld);
        Assert.Equal(0, await WaitingAdvisoryLocksAsync());
    }

    [Fact]
    public async Task AcquireAsync_DifferentInstances_DoNotWaitForEachOther()
    {
        var nodeA = new PostgresInstanceLock(connectionString);
        var nodeB = new PostgresInstanceLock(connectionString);

        await using var first = await nodeA.AcquireAsync("instance-a", Token);
        await using var second = await nodeB.AcquireAsync("instance-b", Token).AsTask().WaitAsync(Deadline, Token);

        Assert.Equal(2, await GrantedAdvisoryLocksAsync());
    }

    [Fact]
    public async Task AcquireAsync_HoldersConnectionDies_TheLockIsFreedForTheOtherNode()
    {
        var nodeA = new PostgresInstanceLock(connectionString);
        var nodeB = new PostgresInstanceLock(connectionString);
        var held = await nodeA.AcquireAsync("instance-2", Token);
        var waiting = nodeB.AcquireAsync("instance-2", Token).AsTask();
        await WaitForAsync(async () => await WaitingAdvisoryLocksAsync() == 1);

        // What a node that dies looks like to PostgreSQL: its session ends.
        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() "
            + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        await using var taken = await waiting.WaitAsync(Deadline, Token);

        Assert.True(waiting.IsCompletedSuccessfully);
        await Assert.ThrowsAnyAsync<Exception>(async () => await held.DisposeAsync());
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndLeavesTheLockUsable()
    {
        var nodeA = new PostgresInstanceLock(connectionString);
        var nodeB = new PostgresInstanceLock(connectionString);
        var held = await nodeA.AcquireAsync("instance-3", Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var waiting = nodeB.AcquireAsync("instance-3", cancel.Token).AsTask();
        await WaitForAsync(async () => await WaitingAdvisoryLocksAsync() == 1);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Deadline, Token));
        await held.DisposeAsync();
        await using var again = await nodeB.AcquireAsync("instance-3", Token).AsTask().WaitAsync(Deadline, Token);

        Assert.Equal(1, await GrantedAdvisoryLocksAsync());
    }

    // pg_locks spans the whole server, where other test classes hold locks in their own databases: count this database's only.
    private Task<long> WaitingAdvisoryLocksAsync() => CountAsync(AdvisoryLocksHere + " AND NOT granted");

    private Task<long> GrantedAdvisoryLocksAsync() => CountAsync(AdvisoryLocksHere + " AND granted");

    private const string AdvisoryLocksHere =
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Token);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after the deadline.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var until = TimeProvider.System.GetTimestamp() + (long)(Deadline.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < until, "The condition did not hold within the deadline.");
            await Task.Delay(20, Token);
        }
    }
}
