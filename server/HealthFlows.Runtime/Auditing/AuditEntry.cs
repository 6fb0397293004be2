using System.Text.Json;

namespace HealthFlows.Runtime.Auditing;

/// <summary>A stored audit entry: the event, its place in the chain and its hash.</summary>
public sealed record AuditEntry
{
    /// <summary>Position in the chain, from 1, without gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>When it was appended, in UTC, to the microsecond (every database keeps that precision).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public required AuditActor Actor { get; init; }

    public required string Action { get; init; }

    public required AuditTarget Target { get; init; }

    public JsonElement? Summary { get; init; }

    public string? RemoteAddress { get; init; }

    /// <summary>The hash of the entry before (64 zeros for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="PreviousHash"/> followed by the entry's canonical form (<see cref="AuditChain"/>).</summary>
    public required string Hash { get; init; }
}
