namespace HealthFlows.Persistence.Entities;

/// <summary>A workflow's timer trigger: the last occurrence it fired, so a restart can tell which occurrences it missed.</summary>
public sealed class TimerTriggerRecord
{
    public string DefinitionId { get; set; } = "";

    /// <summary>The published version whose trigger fired it last.</summary>
    public int Version { get; set; }

    public DateTimeOffset LastOccurrence { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
