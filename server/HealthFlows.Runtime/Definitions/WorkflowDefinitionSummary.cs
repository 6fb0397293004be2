namespace HealthFlows.Runtime.Definitions;

/// <summary>A definition as the list shows it, from its newest version.</summary>
public sealed record WorkflowDefinitionSummary(
    string DefinitionId,
    string Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    bool HasDraft,
    DateTimeOffset UpdatedAt,
    int NodeCount);
