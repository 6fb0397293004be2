using HealthFlows.Persistence;

namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Database</c>: which database engine; the connection string is <c>ConnectionStrings:HealthFlows</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
