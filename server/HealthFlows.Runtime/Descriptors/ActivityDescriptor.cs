using HealthFlows.Runtime.Activities;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>Everything the designer and the validator know about an activity type, derived from its class.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string DisplayName,
    string Category,
    string Description,
    ActivityKind Kind,
    bool IsBlocking,
    bool IsLoop,
    string? Icon,
    IReadOnlyList<string> Outcomes,
    DynamicOutcomesDescriptor? DynamicOutcomes,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs);
