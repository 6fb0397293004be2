using System.Text.Json;

namespace HealthFlows.Runtime.Instances;

/// <summary>A scheduled step: run (or resume, or call back) one node, within a scope.</summary>
public sealed class WorkItem
{
    public string NodeId { get; set; } = "";

    public WorkItemKind Kind { get; set; }

    /// <summary>The body scope the item runs in; null at the top level.</summary>
    public string? ScopeId { get; set; }

    /// <summary>The connection that scheduled it (source node and outcome), for joins.</summary>
    public string? ArrivedFromNode { get; set; }

    public string? ArrivedViaOutcome { get; set; }

    /// <summary>The resumed bookmark's id and payload (Resume).</summary>
    public string? BookmarkId { get; set; }

    public JsonElement? Payload { get; set; }
}
