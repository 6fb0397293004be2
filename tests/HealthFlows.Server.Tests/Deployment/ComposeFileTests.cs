using System.Text.RegularExpressions;
using HealthFlows.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthFlows.Server.Tests.Deployment;

/// <summary>No Docker engine runs here, so docker-compose.yml is checked as a document against the rules we rely on.</summary>
public sealed partial class ComposeFileTests
{
    [Fact]
    public void Services_AreTheServerItsDatabaseTheErpSandboxAndTheCollector()
    {
        Assert.Equal(["erp-sandbox", "otel-collector", "server", "sqlserver"], ComposeFile.Services.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryService_HasAHealthcheck()
    {
        foreach (var (name, service) in ComposeFile.Services)
        {
            Assert.True(service.Children.TryGetValue("healthcheck", out var check), $"{name} has no healthcheck.");
            var test = (YamlSequenceNode)((YamlMappingNode)check)["test"];
            Assert.True(test.Children[0].ToString() is "CMD" or "CMD-SHELL", $"{name}'s healthcheck does not start with CMD or CMD-SHELL.");
        }
    }

    [Fact]
    public void EveryBuild_NamesAContextAndDockerfileThatExist()
    {
        var builds = ComposeFile.Builds().ToList();

        Assert.Equal(["erp-sandbox", "otel-collector", "server"], builds.Select(b => b.Service).Order(StringComparer.Ordinal));
        Assert.All(builds, build =>
        {
            Assert.True(Directory.Exists(build.Context), $"{build.Service}: build context {build.Context} does not exist.");
            Assert.True(File.Exists(build.Dockerfile), $"{build.Service}: {build.Dockerfile} does not exist.");
        });
    }

    [Fact]
    public void EveryDependency_IsAServiceWithAHealthcheck_AndIsWaitedOnUntilHealthy()
    {
        var services = ComposeFile.Services;
        var dependencies = services.Where(s => s.Value.Children.ContainsKey("depends_on"))
            .SelectMany(s => ((YamlMappingNode)s.Value["depends_on"]).Children.Select(d => (From: s.Key, To: d.Key.ToString(), Condition: ((YamlMappingNode)d.Value)["condition"].ToString())))
            .ToList();

        Assert.Equal(["erp-sandbox", "otel-collector", "sqlserver"], dependencies.Where(d => d.From == "server").Select(d => d.To).Order(StringComparer.Ordinal));
        Assert.All(dependencies, d =>
        {
            Assert.True(services.ContainsKey(d.To), $"{d.From} depends on {d.To}, which is not a service.");
            Assert.Equal("service_healthy", d.Condition);
        });
    }

    [Fact]
    public void Secrets_ComeFromVariablesThatAreRequiredOrEmpty()
    {
        foreach (var service in ComposeFile.Services.Keys)
        {
            foreach (var (key, value) in ComposeFile.Environment(service).Where(e => SecretKey().IsMatch(e.Key)))
            {
                Assert.True(SecretReference().IsMatch(value), $"{service}: {key} is '{value}', not a required (${{VAR:?…}}) or empty (${{VAR:-}}) variable.");
            }
        }

        Assert.Matches(@"Password=\$\{MSSQL_SA_PASSWORD:\?", ComposeFile.Environment("server")["ConnectionStrings__HealthFlows"]);
        // With every ${…} taken out, no password or secret is left with a value.
        var withoutVariables = Substitution().Replace(ComposeFile.Text, "");
        Assert.DoesNotMatch(@"(?i)(password|pwd|secret)\s*[=:]\s*""?(?!"")[^\s;""]", withoutVariables);
    }

    [Fact]
    public void EveryVariable_IsListedInTheEnvExample()
    {
        var example = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".env.example"))
            .Where(l => !l.StartsWith('#') && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var used = Variable().Matches(ComposeFile.Text).Select(m => m.Groups[1].Value).Distinct();

        Assert.All(used, variable => Assert.Contains(variable, example));
    }

    [Fact]
    public void NamedVolumes_AreDeclared_AndEveryDeclaredOneIsMounted()
    {
        var declared = ((YamlMappingNode)ComposeFile.Root["volumes"]).Children.Keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
        var mounted = ComposeFile.Services.Values.Where(s => s.Children.ContainsKey("volumes"))
            .SelectMany(s => ((YamlSequenceNode)s["volumes"]).Children.Select(v => v.ToString().Split(':')[0]))
            .ToList();

        Assert.All(mounted, volume => Assert.True(declared.Contains(volume), $"{volume} is mounted but not a declared named volume (bind mounts are not used)."));
        Assert.Equal(declared.Order(StringComparer.Ordinal), mounted.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ServerEnvironment_SetsOnlyKeysTheServerReads()
    {
        var unknown = ComposeFile.Environment("server").Keys
            .Where(key => !key.StartsWith("OTEL_", StringComparison.Ordinal) && !key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Where(key => !ConfigurationKeys.IsKnown(key))
            .ToList();

        Assert.True(unknown.Count == 0, "Not configuration keys of the server: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Server_RunsOnSqlServer_PostsToTheSandbox_AndExportsToTheCollector()
    {
        var environment = ComposeFile.Environment("server");
        var receivers = (YamlMappingNode)((YamlMappingNode)CollectorConfigTests.Config()["receivers"])["otlp"];
        var grpc = ((YamlMappingNode)((YamlMappingNode)receivers["protocols"])["grpc"])["endpoint"].ToString();

        Assert.Equal("SqlServer", environment["HealthFlows__Database__Provider"]);
        Assert.Contains("Server=sqlserver,1433", environment["ConnectionStrings__HealthFlows"], StringComparison.Ordinal);
        Assert.Equal("true", environment["HealthFlows__Telemetry__Enabled"]);
        Assert.Equal($"http://otel-collector:{grpc.Split(':')[^1]}", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Contains(":-http://erp-sandbox:8080/api/v2.0/}", environment["HealthFlows__Erp__BaseUrl"], StringComparison.Ordinal);
        Assert.Equal(environment["HealthFlows__Erp__ClientSecret"], ComposeFile.Environment("erp-sandbox")["ErpSandbox__ClientSecret"]);
        Assert.Contains("/health/ready", ((YamlMappingNode)ComposeFile.Service("server")["healthcheck"])["test"].ToString(), StringComparison.Ordinal);
    }

    // Keys that hold a secret: passwords, client secrets, API and signing keys (not KeyId-like names).
    [GeneratedRegex(@"(?i)(password|secret|apikey|signingkey)$")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+(:\?[^}]+|:-)\}$")]
    private static partial Regex SecretReference();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"(?<!\$)\$\{([A-Z0-9_]+)")]
    private static partial Regex Variable();
}
