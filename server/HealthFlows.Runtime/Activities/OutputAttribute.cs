namespace HealthFlows.Runtime.Activities;

/// <summary>Describes an activity output for the designer.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }

    public string Description { get; init; } = "";
}
