using System.Text.Json;
using HealthFlows.Server.Samples;
using Microsoft.Extensions.Configuration;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>Configuration placeholders in sample files, resolved when the samples are loaded.</summary>
public sealed class SamplePlaceholdersTests
{
    private const string Document = """
        {
          "port": { "mode": "literal", "value": "{{HealthFlows:Samples:MllpPort|2575}}" },
          "note": "{{Some:Note|}}",
          "schedule": { "mode": "expression", "value": "[1, 5].map(f => f * {{HealthFlows:Samples:RetryDelaySeconds|60}})" }
        }
        """;

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();

    private static JsonElement Resolve(params (string Key, string Value)[] settings)
    {
        var (text, problems) = SamplePlaceholders.Resolve(Document, Configuration(settings));
        Assert.Empty(problems);
        return JsonDocument.Parse(text!).RootElement;
    }

    [Fact]
    public void Resolve_AnUnsetKey_TakesItsDefaultAsANumber()
    {
        var port = Resolve().GetProperty("port").GetProperty("value");

        Assert.Equal(JsonValueKind.Number, port.ValueKind);
        Assert.Equal(2575, port.GetInt32());
    }

    [Fact]
    public void Resolve_AConfiguredKey_WinsOverTheDefault()
    {
        Assert.Equal(31_000, Resolve(("HealthFlows:Samples:MllpPort", "31000")).GetProperty("port").GetProperty("value").GetInt32());
    }

    [Fact]
    public void Resolve_TextOrNothing_StaysAJsonString()
    {
        Assert.Equal("", Resolve().GetProperty("note").GetString());
        Assert.Equal("a \"quoted\" word", Resolve(("Some:Note", "a \"quoted\" word")).GetProperty("note").GetString());
    }

    [Fact]
    public void Resolve_APlaceholderInsideAnExpression_IsFilledWithTheNumber()
    {
        Assert.Equal("[1, 5].map(f => f * 60)", Resolve().GetProperty("schedule").GetProperty("value").GetString());
        Assert.Equal("[1, 5].map(f => f * 2)", Resolve(("HealthFlows:Samples:RetryDelaySeconds", "2")).GetProperty("schedule").GetProperty("value").GetString());
    }

    [Fact]
    public void Resolve_TextInsideAnExpression_IsAProblemAndNothingIsFilled()
    {
        var (text, problems) = SamplePlaceholders.Resolve(Document, Configuration(("HealthFlows:Samples:RetryDelaySeconds", "1; fetch('x')")));

        Assert.Null(text);
        Assert.Contains("HealthFlows:Samples:RetryDelaySeconds", Assert.Single(problems));
    }

    [Fact]
    public void Resolve_AKeyWithoutDefaultOrValue_IsAProblem()
    {
        var (text, problems) = SamplePlaceholders.Resolve("""{ "value": "{{Not:Configured}}" }""", Configuration());

        Assert.Null(text);
        Assert.Contains("Not:Configured", Assert.Single(problems));
    }
}
