using Microsoft.Data.Sqlite;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>How to reach the SQLite file; its path is already absolute (resolved against the content root).</summary>
internal static class SandboxDatabase
{
    public static string ConnectionString(ErpSandboxOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = options.DatabasePath,
        Pooling = true,
    }.ToString();

    public static void EnsureFolder(ErpSandboxOptions options)
    {
        var folder = Path.GetDirectoryName(options.DatabasePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
