using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>A flowchart workflow: nodes, the connections between their outcomes, variables, inputs and outputs.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The format version this document follows.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Format version of the document; see docs/workflow-format.md.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>Stable id of the workflow across all its versions.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>Version number, assigned by the server.</summary>
    public int Version { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<VariableDefinition> Variables { get; set; } = [];

    public List<WorkflowFieldDefinition> Inputs { get; set; } = [];

    public List<WorkflowFieldDefinition> Outputs { get; set; } = [];

    public List<WorkflowNode> Nodes { get; set; } = [];

    public List<Connection> Connections { get; set; } = [];

    /// <summary>Fields this version of the format does not know (designer settings, sample inputs), kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
