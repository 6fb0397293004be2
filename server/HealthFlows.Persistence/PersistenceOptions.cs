using HealthFlows.Persistence.Encryption;

namespace HealthFlows.Persistence;

/// <summary>Which database HealthFlows stores its workflows in, and how to reach it.</summary>
public sealed class PersistenceOptions
{
    /// <summary>The file name of the embedded SQLite database inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "healthflows.db";

    /// <summary>The database engine (<c>HealthFlows:Database:Provider</c>). Default: <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string (<c>ConnectionStrings:HealthFlows</c>). Required for PostgreSQL and SQL Server; for SQLite the
    /// default is <see cref="SqliteFileName"/> in <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded database lives (<c>HealthFlows:DataDirectory</c>). Default: <c>data</c> under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Whether concurrent instance commits are coalesced into one transaction by a single writer. Default: true; it keeps
    /// SQLite's one writer busy instead of queueing on its file lock, and saves round trips on the server databases.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The most instance commits one group transaction takes. Default: 256.</summary>
    public int MaxGroupCommitSize { get; set; } = 256;

    /// <summary>How long a SQLite connection waits for the write lock before failing. Default: 30 seconds.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The key ring that encrypts payload columns (instance input/output/state, journal inputs/outputs, bookmark data,
    /// dead-letter payload and errors, raw messages). Null stores them plain: design time and the store contract tests only.
    /// </summary>
    public PayloadProtector? Encryption { get; set; }
}
