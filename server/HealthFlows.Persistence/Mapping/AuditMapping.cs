using HealthFlows.Persistence.Configurations;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Auditing;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts audit entries to rows and back.</summary>
internal static class AuditMapping
{
    public static AuditEntryRecord ToRecord(this AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        OccurredAt = entry.OccurredAt.ToUniversalTime(),
        ActorKind = entry.Actor.Kind,
        ActorId = entry.Actor.Id,
        ActorName = entry.Actor.Name,
        Action = entry.Action,
        TargetType = entry.Target.Type,
        TargetId = entry.Target.Id,
        Summary = JsonColumn.Write(entry.Summary),
        RemoteAddress = entry.RemoteAddress,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    public static AuditEntry ToEntry(this AuditEntryRecord record) => new()
    {
        Sequence = record.Sequence,
        OccurredAt = record.OccurredAt.ToUniversalTime(),
        Actor = new AuditActor(record.ActorKind, record.ActorId, record.ActorName),
        Action = record.Action,
        Target = new AuditTarget(record.TargetType, record.TargetId),
        Summary = JsonColumn.Read(record.Summary),
        RemoteAddress = record.RemoteAddress,
        PreviousHash = record.PreviousHash,
        Hash = record.Hash,
    };

    /// <summary>
    /// An event whose text would not fit its column is cut before it is sealed, so the hash covers what is stored.
    /// </summary>
    public static AuditEvent FitColumns(this AuditEvent auditEvent) => auditEvent with
    {
        Actor = auditEvent.Actor with
        {
            Id = JsonColumn.Truncate(auditEvent.Actor.Id, ColumnLengths.AuditActorId)!,
            Name = JsonColumn.Truncate(auditEvent.Actor.Name, ColumnLengths.Name),
        },
        Action = JsonColumn.Truncate(auditEvent.Action, ColumnLengths.AuditAction)!,
        Target = new AuditTarget(
            JsonColumn.Truncate(auditEvent.Target.Type, ColumnLengths.AuditAction)!,
            JsonColumn.Truncate(auditEvent.Target.Id, ColumnLengths.AuditTargetId)),
        RemoteAddress = JsonColumn.Truncate(auditEvent.RemoteAddress, ColumnLengths.RemoteAddress),
    };
}
