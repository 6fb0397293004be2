using HealthFlows.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthFlows.Server.Tests.Deployment;

/// <summary>docker-compose.yml read as YAML: its services, their settings and the Dockerfiles they build.</summary>
public static class ComposeFile
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "docker-compose.yml");

    public static string Text => File.ReadAllText(Path);

    public static YamlMappingNode Root => Yaml(Path);

    public static IReadOnlyDictionary<string, YamlMappingNode> Services =>
        ((YamlMappingNode)Root["services"]).Children.ToDictionary(s => s.Key.ToString(), s => (YamlMappingNode)s.Value);

    public static YamlMappingNode Service(string name) => Services[name];

    /// <summary>A service's environment as key and raw value (before variable substitution).</summary>
    public static IReadOnlyDictionary<string, string> Environment(string service) =>
        Service(service).Children.TryGetValue("environment", out var environment)
            ? ((YamlMappingNode)environment).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString())
            : new Dictionary<string, string>();

    /// <summary>Every service that builds an image: its name, build context and Dockerfile, as absolute paths.</summary>
    public static IEnumerable<(string Service, string Context, string Dockerfile)> Builds() =>
        Services.Where(s => s.Value.Children.ContainsKey("build")).Select(s =>
        {
            var build = (YamlMappingNode)s.Value["build"];
            var context = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryPaths.Root, build["context"].ToString()));
            var dockerfile = build.Children.TryGetValue("dockerfile", out var file) ? file.ToString() : "Dockerfile";
            return (s.Key, context, System.IO.Path.Combine(context, dockerfile));
        });

    public static YamlMappingNode Yaml(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(path));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
