using System.Text.Json;
using HealthFlows.Server.Samples;
using Microsoft.Extensions.Configuration;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>Configuration placeholders in sample files, resolved when the samples are loaded.</summary>
public sealed class SamplePlaceholdersTests
{
    private const string Document = """{ "port": { "mode": "literal", "value": "${HealthFlows:Samples:MllpPort|2575}" }, "note": "${Missing:Key}" }""";

    private static JsonElement Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        return JsonDocument.Parse(SamplePlaceholders.Resolve(Document, configuration)).RootElement;
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
        Assert.Equal("a \"quoted\" word", Resolve(("Missing:Key", "a \"quoted\" word")).GetProperty("note").GetString());
    }
}
