using System.Text.Json;
using System.Text.Json.Serialization;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A definition version: the workflow document's fields plus its life-cycle metadata.</summary>
public sealed class WorkflowDefinitionResponse
{
    public int SchemaVersion { get; init; }

    public string DefinitionId { get; init; } = "";

    public int Version { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public List<VariableDefinition> Variables { get; init; } = [];

    public List<WorkflowFieldDefinition> Inputs { get; init; } = [];

    public List<WorkflowFieldDefinition> Outputs { get; init; } = [];

    public List<WorkflowNode> Nodes { get; init; } = [];

    public List<Connection> Connections { get; init; } = [];

    public VersionState State { get; init; }

    public int Revision { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string? VersionNote { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }

    public static WorkflowDefinitionResponse From(WorkflowDefinitionVersion version) => new()
    {
        SchemaVersion = version.Definition.SchemaVersion,
        DefinitionId = version.DefinitionId,
        Version = version.Version,
        Name = version.Definition.Name,
        Description = version.Definition.Description,
        Variables = version.Definition.Variables,
        Inputs = version.Definition.Inputs,
        Outputs = version.Definition.Outputs,
        Nodes = version.Definition.Nodes,
        Connections = version.Definition.Connections,
        State = version.State,
        Revision = version.Revision,
        CreatedAt = version.CreatedAt,
        UpdatedAt = version.UpdatedAt,
        PublishedAt = version.PublishedAt,
        VersionNote = version.VersionNote,
        Extensions = version.Definition.Extensions,
    };
}
