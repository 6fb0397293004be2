namespace HealthFlows.Runtime.Triggers;

/// <summary>The last occurrence a workflow's timer trigger fired, kept durably so a restart can tell what it missed.</summary>
public sealed record TimerTriggerState(string DefinitionId, int Version, DateTimeOffset LastOccurrence, DateTimeOffset UpdatedAt);
