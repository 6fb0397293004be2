using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>A flowchart edge: when <see cref="Source"/> completes with <see cref="Outcome"/>, <see cref="Target"/> runs.</summary>
public sealed class Connection
{
    public string Source { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Target { get; set; } = "";

    /// <summary>Fields this version of the format does not know (designer edge styles), kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
