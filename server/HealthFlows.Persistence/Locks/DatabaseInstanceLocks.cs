using HealthFlows.Runtime.Execution;

namespace HealthFlows.Persistence.Locks;

/// <summary>Picks the cross-process instance lock of the configured database.</summary>
public static class DatabaseInstanceLocks
{
    /// <summary>The lock for PostgreSQL (advisory locks) or SQL Server (sp_getapplock); SQLite has none: it is one process's file.</summary>
    public static IWorkflowInstanceLock For(PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.PostgreSql => new PostgresInstanceLock(RequireConnectionString(options)),
            DatabaseProvider.SqlServer => new SqlServerInstanceLock(RequireConnectionString(options)),
            _ => throw new NotSupportedException($"The {options.Provider} provider has no cross-process instance lock; clustered mode needs PostgreSql or SqlServer."),
        };
    }

    private static string RequireConnectionString(PersistenceOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"The {options.Provider} provider needs a connection string (ConnectionStrings:HealthFlows).")
            : options.ConnectionString;
}
