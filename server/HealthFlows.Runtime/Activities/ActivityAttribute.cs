namespace HealthFlows.Runtime.Activities;

/// <summary>Declares an activity: its type name, category, what it does and which outcomes it has.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName, string category) : Attribute
{
    /// <summary>The type name stored in workflow documents; never change it once shipped.</summary>
    public string TypeName { get; } = typeName;

    public string Category { get; } = category;

    /// <summary>The name shown in the palette; defaults to the type name split into words.</summary>
    public string? DisplayName { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The named outcomes (ports); defaults to a single <c>Done</c>.</summary>
    public string[] Outcomes { get; init; } = [Activities.Outcomes.Done];

    /// <summary>Trigger activities start instances; a workflow has exactly one.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>The activity may suspend its branch with a bookmark (a wait), which makes a cycle through it legal.</summary>
    public bool IsBlocking { get; init; }

    /// <summary>The activity drives a loop of its own (ForEach): a cycle through it terminates.</summary>
    public bool IsLoop { get; init; }

    /// <summary>An icon name for the designer.</summary>
    public string? Icon { get; init; }
}
