using HealthFlows.Runtime.Definitions;

namespace HealthFlows.Persistence.Entities;

/// <summary>One stored version of a workflow definition; the document itself is JSON text.</summary>
public sealed class WorkflowDefinitionRecord
{
    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public VersionState State { get; set; }

    /// <summary>Optimistic concurrency token: grows with every save.</summary>
    public int Revision { get; set; }

    /// <summary>Copied from the document so lists can filter and sort without parsing it.</summary>
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int NodeCount { get; set; }

    /// <summary>The workflow document in the canonical JSON format.</summary>
    public string Document { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? VersionNote { get; set; }
}
