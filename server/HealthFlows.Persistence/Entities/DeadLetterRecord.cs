using HealthFlows.Runtime.DeadLetters;

namespace HealthFlows.Persistence.Entities;

/// <summary>A dead letter: work a Queue Retry gave up on, waiting for an operator's replay or discard.</summary>
public sealed class DeadLetterRecord
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string NodeId { get; set; } = "";

    public string RetriedNodeId { get; set; } = "";

    /// <summary>The work's context as JSON.</summary>
    public string? Payload { get; set; }

    /// <summary>The failed attempts as a JSON array of { attempt, at, error }.</summary>
    public string Errors { get; set; } = "[]";

    public int AttemptCount { get; set; }

    public DeadLetterStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
