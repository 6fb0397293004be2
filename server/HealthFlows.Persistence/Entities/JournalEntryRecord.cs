using HealthFlows.Runtime.Instances;

namespace HealthFlows.Persistence.Entities;

/// <summary>One activity execution in an instance's journal, keyed by instance and sequence.</summary>
public sealed class JournalEntryRecord
{
    public string InstanceId { get; set; } = "";

    public int Sequence { get; set; }

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public JournalEvent Event { get; set; }

    public WorkItemKind Kind { get; set; }

    /// <summary>The outcomes followed, as a JSON array.</summary>
    public string Outcomes { get; set; } = "[]";

    public DateTimeOffset StartedAt { get; set; }

    public double DurationMs { get; set; }

    public string? Inputs { get; set; }

    public string? Outputs { get; set; }

    public string? Message { get; set; }
}
