using Microsoft.Data.Sqlite;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>Where the SQLite file lives and how to connect to it.</summary>
internal static class SandboxDatabase
{
    public static string ConnectionString(ErpSandboxOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.DatabasePath),
        Pooling = true,
    }.ToString();

    public static void EnsureFolder(ErpSandboxOptions options)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
