using System.Text.Json;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>An instance with everything an operator needs: state, variables, bookmarks, journal and incidents.</summary>
public sealed record WorkflowInstanceResponse(
    string Id,
    string DefinitionId,
    int Version,
    string? Name,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    JsonElement? Input,
    JsonElement? Output,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<BookmarkResponse> Bookmarks,
    string? FaultedNodeId,
    IReadOnlyList<JournalEntryResponse> Journal,
    IReadOnlyList<IncidentResponse> Incidents)
{
    public static WorkflowInstanceResponse From(WorkflowInstance i, IEnumerable<JournalEntry> journal, IEnumerable<Incident> incidents) => new(
        i.Id, i.DefinitionId, i.Version, i.Name, i.Status, i.SubStatus, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt,
        i.Input, i.Output, i.State.Variables, [.. i.State.Bookmarks.Select(BookmarkResponse.From)], i.State.FaultedItem?.NodeId,
        [.. journal.Select(JournalEntryResponse.From)], [.. incidents.Select(IncidentResponse.From)]);
}
