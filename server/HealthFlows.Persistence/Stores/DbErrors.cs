using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using HealthFlows.Persistence.Stores.Commits;
using Npgsql;

namespace HealthFlows.Persistence.Stores;

/// <summary>Recognises, per provider, the database errors that mean "another writer got there first".</summary>
internal static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerUniqueConstraint = 2627;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqlServerConstraintViolation = 547;

    /// <summary>Whether the save failed on a primary key or unique index: the row was inserted by someone else.</summary>
    public static bool IsUniqueViolation(Exception exception) => (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueConstraint or SqlServerUniqueIndex,
        _ => false,
    };

    /// <summary>Whether a write broke a foreign key: the row it references is gone, or rows still reference the one deleted.</summary>
    public static bool IsForeignKeyViolation(Exception exception) => (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqlException sqlServer => sqlServer.Number == SqlServerConstraintViolation,
        _ => false,
    };

    /// <summary>Whether the save lost a race: a row moved on or vanished, or an insert collided.</summary>
    public static bool IsConflict(Exception exception) =>
        exception is DbUpdateConcurrencyException or CommitConflictException || IsUniqueViolation(exception);
}
