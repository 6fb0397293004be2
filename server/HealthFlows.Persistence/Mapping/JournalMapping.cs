using System.Text.Json;
using HealthFlows.Persistence.Configurations;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts journal entries and incidents to rows and back.</summary>
internal static class JournalMapping
{
    public static JournalEntryRecord ToRecord(this JournalEntry entry, string instanceId) => new()
    {
        InstanceId = instanceId,
        Sequence = entry.Sequence,
        NodeId = entry.NodeId,
        ActivityType = entry.ActivityType,
        Event = entry.Event,
        Kind = entry.Kind,
        Outcomes = JsonSerializer.Serialize(entry.Outcomes),
        StartedAt = entry.StartedAt.ToUniversalTime(),
        DurationMs = entry.DurationMs,
        Inputs = JsonColumn.Write(entry.Inputs),
        Outputs = JsonColumn.Write(entry.Outputs),
        Message = JsonColumn.Truncate(entry.Message, ColumnLengths.Message),
    };

    public static JournalEntry ToEntry(this JournalEntryRecord record) => new()
    {
        InstanceId = record.InstanceId,
        Sequence = record.Sequence,
        NodeId = record.NodeId,
        ActivityType = record.ActivityType,
        Event = record.Event,
        Kind = record.Kind,
        Outcomes = JsonSerializer.Deserialize<string[]>(record.Outcomes) ?? [],
        StartedAt = record.StartedAt,
        DurationMs = record.DurationMs,
        Inputs = JsonColumn.Read(record.Inputs),
        Outputs = JsonColumn.Read(record.Outputs),
        Message = record.Message,
    };

    public static IncidentRecord ToRecord(this Incident incident, string instanceId) => new()
    {
        Id = incident.Id,
        InstanceId = instanceId,
        NodeId = incident.NodeId,
        ActivityType = incident.ActivityType,
        ExceptionType = JsonColumn.Truncate(incident.ExceptionType, ColumnLengths.ExceptionType) ?? "",
        Message = JsonColumn.Truncate(incident.Message, ColumnLengths.Message) ?? "",
        Timestamp = incident.Timestamp.ToUniversalTime(),
    };

    public static Incident ToIncident(this IncidentRecord record) => new()
    {
        Id = record.Id,
        InstanceId = record.InstanceId,
        NodeId = record.NodeId,
        ActivityType = record.ActivityType,
        ExceptionType = record.ExceptionType,
        Message = record.Message,
        Timestamp = record.Timestamp,
    };
}
