using System.Data;
using HealthFlows.Persistence.Locks;
using Microsoft.Data.SqlClient;

namespace HealthFlows.Persistence.Tests.Locks;

/// <summary>
/// The SQL Server instance lock, checked by the commands it sends: no SQL Server runs on this machine, so these tests
/// pin the T-SQL and parameters, not the server's behaviour.
/// </summary>
public sealed class SqlServerAppLockCommandsTests
{
    [Fact]
    public void Acquire_Instance_CallsGetAppLockExclusiveOwnedByTheSessionAndSelectsItsResult()
    {
        using var connection = new SqlConnection();

        using var command = SqlServerAppLockCommands.Acquire(connection, "0197a3c4d5e6f7081920a1b2c3d4e5f6");

        Assert.Equal(
            "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @resource, @LockMode = N'Exclusive', @LockOwner = N'Session', "
            + "@LockTimeout = @timeoutMs, @DbPrincipal = N'public'; SELECT @result;",
            command.CommandText);
        Assert.Equal(0, command.CommandTimeout);
        Assert.Equal(SqlDbType.NVarChar, command.Parameters["@resource"].SqlDbType);
        Assert.Equal(255, command.Parameters["@resource"].Size);
        Assert.Equal("healthflows/instance/0197a3c4d5e6f7081920a1b2c3d4e5f6", command.Parameters["@resource"].Value);
        Assert.Equal(-1, command.Parameters["@timeoutMs"].Value);
    }

    [Fact]
    public void Release_Instance_CallsReleaseAppLockForTheSameResourceAndOwner()
    {
        using var connection = new SqlConnection();

        using var command = SqlServerAppLockCommands.Release(connection, "inst-7");

        Assert.Equal("EXEC sp_releaseapplock @Resource = @resource, @LockOwner = N'Session';", command.CommandText);
        Assert.Equal("healthflows/instance/inst-7", command.Parameters["@resource"].Value);
        Assert.Single(command.Parameters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EnsureGranted_GrantedResult_Passes(int result) => SqlServerAppLockCommands.EnsureGranted(result, "inst-1");

    [Theory]
    [InlineData(-1, "timed out")]
    [InlineData(-2, "cancelled")]
    [InlineData(-3, "deadlock victim")]
    [InlineData(-999, "invalid")]
    public void EnsureGranted_RefusedResult_ThrowsNamingTheReason(int result, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SqlServerAppLockCommands.EnsureGranted(result, "inst-1"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("inst-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceFor_IdTooLongForSqlServer_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SqlServerAppLockCommands.ResourceFor(new string('x', 240)));
}
