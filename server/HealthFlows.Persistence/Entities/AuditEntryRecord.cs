using HealthFlows.Runtime.Auditing;

namespace HealthFlows.Persistence.Entities;

/// <summary>One audit trail entry; rows are only ever inserted.</summary>
public sealed class AuditEntryRecord
{
    /// <summary>Position in the chain, from 1; the primary key, so two writers cannot both append the same position.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public AuditActorKind ActorKind { get; set; }

    public string ActorId { get; set; } = "";

    public string? ActorName { get; set; }

    public string Action { get; set; } = "";

    public string TargetType { get; set; } = "";

    public string? TargetId { get; set; }

    /// <summary>The before/after summary as JSON text, stored exactly as hashed.</summary>
    public string? Summary { get; set; }

    public string? RemoteAddress { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
