using System.Text.Json;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>Builders for the rows the store tests write; every id is unique so tests sharing a database never meet.</summary>
public static class TestData
{
    /// <summary>A start of time every test clock begins at.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static string NewId(string prefix = "id") => $"{prefix}-{Guid.NewGuid():N}";

    public static WorkflowDefinitionVersion DefinitionVersion(
        string definitionId, int version, VersionState state, DateTimeOffset at, string? name = null, string? description = null, int nodeCount = 1) => new()
    {
        DefinitionId = definitionId,
        Version = version,
        State = state,
        Revision = 1,
        StoredRevision = 0,
        CreatedAt = at,
        UpdatedAt = at,
        PublishedAt = state == VersionState.Published ? at : null,
        Definition = new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Version = version,
            Name = name ?? $"Workflow {definitionId}",
            Description = description,
            Nodes = [.. Enumerable.Range(1, nodeCount).Select(n => new WorkflowNode { Id = $"node{n}", Type = "Log", Position = new NodePosition { X = n * 100, Y = 50 } })],
        },
    };

    public static WorkflowInstance Instance(
        string definitionId, DateTimeOffset createdAt, int version = 1, WorkflowStatus status = WorkflowStatus.Running,
        WorkflowSubStatus subStatus = WorkflowSubStatus.Executing, string? correlationId = null) => new()
    {
        Id = NewId("inst"),
        DefinitionId = definitionId,
        Version = version,
        Name = "Test workflow",
        Status = status,
        SubStatus = subStatus,
        CorrelationId = correlationId,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
        Input = Json("""{"patient":"MRN-1","amount":12.5}"""),
    };

    public static Bookmark Bookmark(WorkflowInstance instance, DateTimeOffset createdAt, DateTimeOffset? resumeAt = null, string name = "Delay", string? correlationKey = null) => new()
    {
        Id = NewId("bm"),
        InstanceId = instance.Id,
        NodeId = "wait",
        ActivityType = name,
        Name = name,
        ResumeAt = resumeAt,
        CorrelationKey = correlationKey,
        Data = Json("""{"reason":"waiting"}"""),
        CreatedAt = createdAt,
    };

    public static JournalEntry Journal(WorkflowInstance instance, int sequence, DateTimeOffset startedAt) => new()
    {
        InstanceId = instance.Id,
        Sequence = sequence,
        NodeId = $"node{sequence}",
        ActivityType = "Log",
        Event = JournalEvent.Completed,
        Kind = WorkItemKind.Execute,
        Outcomes = ["Done"],
        StartedAt = startedAt,
        DurationMs = 0.25 * sequence,
        Inputs = Json("""{"message":"hello"}"""),
        Outputs = Json("""{"result":42}"""),
    };

    public static Incident Incident(WorkflowInstance instance, DateTimeOffset at, string message = "Boom") => new()
    {
        Id = NewId("inc"),
        InstanceId = instance.Id,
        NodeId = "fail",
        ActivityType = "Fail",
        ExceptionType = "System.InvalidOperationException",
        Message = message,
        Timestamp = at,
    };

    /// <summary>A commit of the instance alone, or with the given journal, incidents and bookmarks.</summary>
    public static InstanceCommit Commit(
        WorkflowInstance instance, IReadOnlyList<JournalEntry>? journal = null, IReadOnlyList<Incident>? incidents = null,
        IReadOnlyList<Bookmark>? created = null, IReadOnlyList<string>? removed = null) =>
        new(instance, journal ?? [], incidents ?? [], created ?? [], removed ?? []);

    public static JsonElement Json(string json) => JsonSerializer.Deserialize<JsonElement>(json);
}
