using HealthFlows.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthFlows.Server.Tests.Deployment;

/// <summary>The OpenTelemetry collector's configuration: its pipelines use only what it defines, and compose can reach and probe it.</summary>
public sealed class CollectorConfigTests
{
    public static YamlMappingNode Config() => ComposeFile.Yaml(Path.Combine(RepositoryPaths.Root, "deploy", "otel-collector", "config.yaml"));

    [Fact]
    public void Pipelines_UseOnlyDefinedComponents_AndCarryTracesAndMetricsFromOtlp()
    {
        var config = Config();
        var pipelines = (YamlMappingNode)((YamlMappingNode)config["service"])["pipelines"];

        foreach (var (signal, pipeline) in pipelines.Children.Select(p => (p.Key.ToString(), (YamlMappingNode)p.Value)))
        {
            foreach (var part in new[] { "receivers", "processors", "exporters" })
            {
                var defined = ((YamlMappingNode)config[part]).Children.Keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
                var used = pipeline.Children.TryGetValue(part, out var list) ? ((YamlSequenceNode)list).Children.Select(c => c.ToString()) : [];
                Assert.All(used, name => Assert.True(defined.Contains(name), $"The {signal} pipeline uses {part[..^1]} {name}, which is not defined."));
            }
        }

        Assert.All(new[] { "traces", "metrics" }, signal => Assert.Contains("otlp", ((YamlSequenceNode)((YamlMappingNode)pipelines[signal])["receivers"]).Children.Select(c => c.ToString())));
    }

    [Fact]
    public void HealthCheckExtension_IsOn_AtThePortComposeProbes()
    {
        var config = Config();
        var endpoint = ((YamlMappingNode)((YamlMappingNode)config["extensions"])["health_check"])["endpoint"].ToString();
        var probe = ((YamlMappingNode)ComposeFile.Service("otel-collector")["healthcheck"])["test"].ToString();

        Assert.Contains("health_check", ((YamlSequenceNode)((YamlMappingNode)config["service"])["extensions"]).Children.Select(c => c.ToString()));
        Assert.Contains($"127.0.0.1:{endpoint.Split(':')[^1]}/", probe, StringComparison.Ordinal);
    }
}
