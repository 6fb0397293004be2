namespace HealthFlows.Persistence;

/// <summary>The assemblies holding each provider's migrations; the host references the one(s) it may run on.</summary>
public static class MigrationAssemblies
{
    public const string Sqlite = "HealthFlows.Persistence.Migrations.Sqlite";
    public const string PostgreSql = "HealthFlows.Persistence.Migrations.PostgreSql";
    public const string SqlServer = "HealthFlows.Persistence.Migrations.SqlServer";

    /// <summary>The migrations assembly of <paramref name="provider"/>.</summary>
    public static string For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.PostgreSql => PostgreSql,
        DatabaseProvider.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
