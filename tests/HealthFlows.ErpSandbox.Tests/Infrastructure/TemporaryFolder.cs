using Microsoft.Data.Sqlite;

namespace HealthFlows.ErpSandbox.Tests.Infrastructure;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("erp-sandbox-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
