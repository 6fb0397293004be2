using HealthFlows.Runtime.Definitions;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>One version in a definition's history.</summary>
public sealed record VersionSummary(int Version, VersionState State, int Revision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, string? VersionNote, int NodeCount)
{
    public static VersionSummary From(WorkflowDefinitionVersion v) =>
        new(v.Version, v.State, v.Revision, v.CreatedAt, v.UpdatedAt, v.PublishedAt, v.VersionNote, v.Definition.Nodes.Count);
}
