using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Definitions;

/// <summary>One stored version of a workflow definition with its life-cycle metadata.</summary>
public sealed class WorkflowDefinitionVersion
{
    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public VersionState State { get; set; }

    /// <summary>Grows with every save of this version; clients send it back to detect stale saves.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The revision as stored (0 = not stored yet); set by the store.</summary>
    public int StoredRevision { get; set; }

    public WorkflowDefinition Definition { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? VersionNote { get; set; }
}
