using System.Text.Json;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A journal entry as the API shows it.</summary>
public sealed record JournalEntryResponse(int Sequence, string NodeId, string ActivityType, JournalEvent Event, WorkItemKind Kind, IReadOnlyList<string> Outcomes, DateTimeOffset StartedAt, double DurationMs, JsonElement? Inputs, JsonElement? Outputs, string? Message)
{
    public static JournalEntryResponse From(JournalEntry e) => new(e.Sequence, e.NodeId, e.ActivityType, e.Event, e.Kind, e.Outcomes, e.StartedAt, e.DurationMs, e.Inputs, e.Outputs, e.Message);
}
