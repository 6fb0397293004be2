using System.Text.RegularExpressions;
using HealthFlows.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthFlows.Server.Tests.Hosting;

/// <summary>No Docker engine runs here, so the compose file and Dockerfile are checked as documents.</summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Root = RepositoryPaths.Root;

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "docker-compose.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Service(string name) =>
        (YamlMappingNode)((YamlMappingNode)Compose()["services"])[name];

    [Fact]
    public void Compose_RunsTheServerOnSqlServer_AfterTheDatabaseIsHealthy()
    {
        var server = Service("server");
        var environment = (YamlMappingNode)server["environment"];

        Assert.Equal("SqlServer", environment["HealthFlows__Database__Provider"].ToString());
        Assert.Contains("Server=sqlserver,1433", environment["ConnectionStrings__HealthFlows"].ToString(), StringComparison.Ordinal);
        Assert.Equal("service_healthy", ((YamlMappingNode)((YamlMappingNode)server["depends_on"])["sqlserver"])["condition"].ToString());
        Assert.True(((YamlMappingNode)Service("sqlserver")).Children.ContainsKey("healthcheck"));
        Assert.Contains("/health/ready", ((YamlMappingNode)server["healthcheck"])["test"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TakesEverySecretFromTheEnvironment()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        var environment = (YamlMappingNode)Service("server")["environment"];

        Assert.Matches(@"^\$\{HEALTHFLOWS_ADMIN_API_KEY:\?", environment["HealthFlows__Bootstrap__AdminApiKey"].ToString());
        Assert.Contains("Password=${MSSQL_SA_PASSWORD:?", environment["ConnectionStrings__HealthFlows"].ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)password=(?!\$\{)\w", text);
    }

    [Fact]
    public void Compose_DeclaresTheVolumesItsServicesMount()
    {
        var declared = ((YamlMappingNode)Compose()["volumes"]).Children.Keys.Select(k => k.ToString()).ToHashSet();
        var used = ((YamlMappingNode)Compose()["services"]).Children.Values.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("volumes"))
            .SelectMany(s => ((YamlSequenceNode)s["volumes"]).Children.Select(v => v.ToString().Split(':')[0]));

        Assert.All(used, volume => Assert.Contains(volume, declared));
    }

    [Fact]
    public void Dockerfile_CopiesOnlyPathsThatExist_AndStartsTheServerAssembly()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));
        var stages = lines.Select(l => StageName().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var build = (YamlMappingNode)Service("server")["build"];
        Assert.True(File.Exists(Path.Combine(Root, build["context"].ToString(), build["dockerfile"].ToString())));

        foreach (var line in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)))
        {
            var from = CopyFrom().Match(line);
            if (from.Success)
            {
                Assert.Contains(from.Groups[1].Value, stages);
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1];
            Assert.All(parts, source => Assert.True(Path.Exists(Path.Combine(Root, source.TrimEnd('/'))), $"Dockerfile copies {source}, which does not exist"));
        }

        Assert.Contains(lines, l => l.Contains("\"HealthFlows.Server.dll\"", StringComparison.Ordinal) && l.StartsWith("ENTRYPOINT", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("server/HealthFlows.Server/HealthFlows.Server.csproj", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^FROM \S+ AS (\w+)")]
    private static partial Regex StageName();

    [GeneratedRegex(@"^COPY --from=(\w+)")]
    private static partial Regex CopyFrom();
}
