using System.Data;
using Microsoft.Data.SqlClient;

namespace HealthFlows.Persistence.Locks;

/// <summary>The T-SQL of the SQL Server instance lock: <c>sp_getapplock</c> / <c>sp_releaseapplock</c>, owned by the session.</summary>
public static class SqlServerAppLockCommands
{
    /// <summary>sp_getapplock takes resource names of at most 255 characters.</summary>
    public const int MaxResourceLength = 255;

    public const string AcquireText =
        "DECLARE @result int; "
        + "EXEC @result = sp_getapplock @Resource = @resource, @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = @timeoutMs, @DbPrincipal = N'public'; "
        + "SELECT @result;";

    public const string ReleaseText = "EXEC sp_releaseapplock @Resource = @resource, @LockOwner = N'Session';";

    /// <summary>The lock resource of an instance.</summary>
    public static string ResourceFor(string instanceId)
    {
        var resource = "healthflows/instance/" + instanceId;
        return resource.Length <= MaxResourceLength
            ? resource
            : throw new ArgumentException($"Instance id '{instanceId}' makes a lock resource longer than {MaxResourceLength} characters.", nameof(instanceId));
    }

    /// <summary>The command that waits for the lock (<paramref name="timeoutMs"/> -1: until cancelled); it answers sp_getapplock's result.</summary>
    public static SqlCommand Acquire(SqlConnection connection, string instanceId, int timeoutMs = -1)
    {
        var command = new SqlCommand(AcquireText, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new SqlParameter("@resource", SqlDbType.NVarChar, MaxResourceLength) { Value = ResourceFor(instanceId) });
        command.Parameters.Add(new SqlParameter("@timeoutMs", SqlDbType.Int) { Value = timeoutMs });
        return command;
    }

    public static SqlCommand Release(SqlConnection connection, string instanceId)
    {
        var command = new SqlCommand(ReleaseText, connection);
        command.Parameters.Add(new SqlParameter("@resource", SqlDbType.NVarChar, MaxResourceLength) { Value = ResourceFor(instanceId) });
        return command;
    }

    /// <summary>Turns sp_getapplock's result into success (0 granted, 1 granted after waiting) or an exception naming the failure.</summary>
    public static void EnsureGranted(int result, string instanceId)
    {
        if (result >= 0)
        {
            return;
        }

        var reason = result switch
        {
            -1 => "the request timed out",
            -2 => "the request was cancelled",
            -3 => "the request was chosen as a deadlock victim",
            _ => "the call was invalid",
        };
        throw new InvalidOperationException($"sp_getapplock did not grant the lock on instance '{instanceId}': {reason} (result {result}).");
    }
}
