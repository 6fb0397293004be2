using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>One activity placed on the flowchart.</summary>
public sealed class WorkflowNode
{
    /// <summary>Unique id of the node within its workflow.</summary>
    public string Id { get; set; } = "";

    /// <summary>The activity type name, as listed by the activity descriptors.</summary>
    public string Type { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    /// <summary>Where the designer draws the node; no meaning at run time.</summary>
    public NodePosition Position { get; set; } = new();

    /// <summary>Input values by input name; an input not listed takes its default.</summary>
    public Dictionary<string, InputValue> Inputs { get; set; } = [];

    /// <summary>Output name to workflow variable name: the output is also written to that variable.</summary>
    public Dictionary<string, string> OutputBindings { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
