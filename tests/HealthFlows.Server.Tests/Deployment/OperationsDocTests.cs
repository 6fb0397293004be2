using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Deployment;

/// <summary>docs/operations.md is the configuration reference: every key the server binds is in it.</summary>
public sealed class OperationsDocTests
{
    [Fact]
    public void ConfigurationReference_NamesEveryKeyTheServerReads()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "operations.md"));

        // A row may group keys of one section: `HealthFlows:Auth:MaxFailedSignIns` or `…:Window` after a slash.
        var missing = ConfigurationKeys.All.Where(key => !doc.Contains($"`{key}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "Not in docs/operations.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void ConfigurationReference_NamesTheOpenTelemetryVariablesComposeSets()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "operations.md"));

        Assert.All(ComposeFile.Environment("server").Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal)), key => Assert.Contains($"`{key}`", doc, StringComparison.Ordinal));
    }
}
