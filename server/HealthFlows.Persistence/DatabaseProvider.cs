namespace HealthFlows.Persistence;

/// <summary>The database engines HealthFlows runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data directory: nothing to install.</summary>
    Sqlite,

    PostgreSql,

    SqlServer,
}
