using System.Reflection;

namespace HealthFlows.Cluster.Tests.Support;

/// <summary>Where the server and the standalone ERP sandbox were built (same configuration as these tests).</summary>
public static class BuiltApps
{
    private static readonly string Configuration =
        typeof(BuiltApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Root { get; } = FindRoot();

    public static string Server => Output("server/HealthFlows.Server", "HealthFlows.Server.dll");

    public static string ErpSandbox => Output("tools/HealthFlows.ErpSandbox.Host", "HealthFlows.ErpSandbox.Host.dll");

    private static string Output(string project, string assembly)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first; {path} is missing.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthFlows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HealthFlows.sln) was not found above " + AppContext.BaseDirectory);
    }
}
