using System.Text.Json;

namespace HealthFlows.Runtime.Instances;

/// <summary>One activity execution in an instance's journal: what ran, how it ended, with which inputs and outputs.</summary>
public sealed class JournalEntry
{
    public string InstanceId { get; set; } = "";

    /// <summary>Order within the instance, from 1.</summary>
    public int Sequence { get; set; }

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public JournalEvent Event { get; set; }

    /// <summary>Whether the step was a first run, a resume, or a body call-back.</summary>
    public WorkItemKind Kind { get; set; }

    public IReadOnlyList<string> Outcomes { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    public double DurationMs { get; set; }

    /// <summary>The evaluated inputs, capped in size.</summary>
    public JsonElement? Inputs { get; set; }

    /// <summary>The outputs set, capped in size.</summary>
    public JsonElement? Outputs { get; set; }

    public string? Message { get; set; }
}
