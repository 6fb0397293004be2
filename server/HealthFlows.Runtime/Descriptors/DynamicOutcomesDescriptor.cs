namespace HealthFlows.Runtime.Descriptors;

/// <summary>Outcomes read from an input's items (Switch cases), in addition to the static ones.</summary>
public sealed record DynamicOutcomesDescriptor(string FromInput, string Property);
