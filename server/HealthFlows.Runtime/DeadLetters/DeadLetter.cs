using System.Text.Json;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>Work a Queue Retry gave up on: what was retried, with what, why it failed, and what an operator decided.</summary>
public sealed record DeadLetter
{
    /// <summary>Deterministic per instance, node, scope and generation (<see cref="DeadLetterIds"/>), so a re-run burst writes it once.</summary>
    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    /// <summary>The Queue Retry node that dead-lettered the work.</summary>
    public required string NodeId { get; init; }

    /// <summary>The step a replay runs again (the target of the Retry connection).</summary>
    public required string RetriedNodeId { get; init; }

    /// <summary>The work's context (e.g. the source message), as the workflow gave it.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Every failed attempt, first to last.</summary>
    public IReadOnlyList<DeadLetterError> Errors { get; init; } = [];

    public DeadLetterStatus Status { get; init; } = DeadLetterStatus.Pending;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was replayed or discarded.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
}
