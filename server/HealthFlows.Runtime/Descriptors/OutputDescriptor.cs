namespace HealthFlows.Runtime.Descriptors;

/// <summary>One activity output as the designer shows it.</summary>
public sealed record OutputDescriptor(string Name, string DisplayName, string Type, string Description);
