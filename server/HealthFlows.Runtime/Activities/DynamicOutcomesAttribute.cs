namespace HealthFlows.Runtime.Activities;

/// <summary>The activity's outcomes come from an input: each item's <see cref="Property"/>, plus the static outcomes.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DynamicOutcomesAttribute(string fromInput, string property) : Attribute
{
    public string FromInput { get; } = fromInput;

    public string Property { get; } = property;
}
