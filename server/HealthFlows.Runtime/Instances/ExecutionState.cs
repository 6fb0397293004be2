using System.Text.Json;

namespace HealthFlows.Runtime.Instances;

/// <summary>The executor's bookkeeping, stored with the instance as one JSON document.</summary>
public sealed class ExecutionState
{
    public Dictionary<string, JsonElement> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Outputs of the activities that ran, by node id then output name.</summary>
    public Dictionary<string, Dictionary<string, JsonElement>> ActivityOutputs { get; set; } = new(StringComparer.Ordinal);

    public List<WorkItem> Queue { get; set; } = [];

    public Dictionary<string, ExecutionScope> Scopes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per-node state (a ForEach's position, a Join's arrivals), keyed by node id and scope.</summary>
    public Dictionary<string, JsonElement> NodeStates { get; set; } = new(StringComparer.Ordinal);

    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>The step that faulted the instance, run again by a retry.</summary>
    public WorkItem? FaultedItem { get; set; }

    public int JournalSequence { get; set; }
}
