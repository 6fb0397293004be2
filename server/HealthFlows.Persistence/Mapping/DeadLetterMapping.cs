using System.Text.Json;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts dead letters to rows and back.</summary>
internal static class DeadLetterMapping
{
    public static DeadLetterRecord ToRecord(this DeadLetter deadLetter) => new()
    {
        Id = deadLetter.Id,
        InstanceId = deadLetter.InstanceId,
        DefinitionId = deadLetter.DefinitionId,
        DefinitionVersion = deadLetter.DefinitionVersion,
        NodeId = deadLetter.NodeId,
        RetriedNodeId = deadLetter.RetriedNodeId,
        Payload = JsonColumn.Write(deadLetter.Payload),
        Errors = JsonSerializer.Serialize(deadLetter.Errors.Select(e => e with { At = e.At.ToUniversalTime() }), WorkflowJson.Options),
        AttemptCount = deadLetter.Errors.Count,
        Status = deadLetter.Status,
        CreatedAt = deadLetter.CreatedAt.ToUniversalTime(),
        ResolvedAt = deadLetter.ResolvedAt?.ToUniversalTime(),
    };

    public static DeadLetter ToDeadLetter(this DeadLetterRecord record) => new()
    {
        Id = record.Id,
        InstanceId = record.InstanceId,
        DefinitionId = record.DefinitionId,
        DefinitionVersion = record.DefinitionVersion,
        NodeId = record.NodeId,
        RetriedNodeId = record.RetriedNodeId,
        Payload = JsonColumn.Read(record.Payload),
        Errors = JsonSerializer.Deserialize<List<DeadLetterError>>(record.Errors, WorkflowJson.Options) ?? [],
        Status = record.Status,
        CreatedAt = record.CreatedAt,
        ResolvedAt = record.ResolvedAt,
    };
}
