namespace HealthFlows.Persistence.Migrations;

/// <summary>Brings the database schema up to date; the host calls it once at start-up.</summary>
public interface IDatabaseMigrator
{
    /// <summary>Creates the database if needed and applies every pending migration of the configured provider.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
