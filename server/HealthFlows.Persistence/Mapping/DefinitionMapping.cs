using System.Text.Json;
using HealthFlows.Persistence.Configurations;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts definition versions to rows and back.</summary>
internal static class DefinitionMapping
{
    public static WorkflowDefinitionRecord ToRecord(this WorkflowDefinitionVersion version) => new()
    {
        DefinitionId = version.DefinitionId,
        Version = version.Version,
        State = version.State,
        Revision = version.Revision,
        Name = JsonColumn.Truncate(version.Definition.Name, ColumnLengths.Name) ?? "",
        Description = JsonColumn.Truncate(version.Definition.Description, ColumnLengths.Description),
        NodeCount = version.Definition.Nodes.Count,
        Document = JsonSerializer.Serialize(version.Definition, WorkflowJson.Options),
        CreatedAt = version.CreatedAt.ToUniversalTime(),
        UpdatedAt = version.UpdatedAt.ToUniversalTime(),
        PublishedAt = version.PublishedAt?.ToUniversalTime(),
        VersionNote = JsonColumn.Truncate(version.VersionNote, ColumnLengths.VersionNote),
    };

    public static WorkflowDefinitionVersion ToVersion(this WorkflowDefinitionRecord record) => new()
    {
        DefinitionId = record.DefinitionId,
        Version = record.Version,
        State = record.State,
        Revision = record.Revision,
        StoredRevision = record.Revision,
        Definition = WorkflowJson.Deserialize(record.Document),
        CreatedAt = record.CreatedAt,
        UpdatedAt = record.UpdatedAt,
        PublishedAt = record.PublishedAt,
        VersionNote = record.VersionNote,
    };
}
