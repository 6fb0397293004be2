namespace HealthFlows.Server.Tests.Support;

/// <summary>Finds files of the repository checkout from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Docs => Path.Combine(Root, "docs");

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
