using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Activities;

/// <summary>Describes an activity input for the designer and the validator.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The editor the designer shows; see docs/api.md for the list.</summary>
    public string? UIHint { get; init; }

    /// <summary>Choices for a dropdown.</summary>
    public string[]? Options { get; init; }

    /// <summary>A node must give this input a value.</summary>
    public bool Required { get; init; }

    /// <summary>The mode the designer starts a new node's input in.</summary>
    public InputMode DefaultMode { get; init; } = InputMode.Literal;

    /// <summary>Overrides the JSON type derived from the CLR type (e.g. "duration").</summary>
    public string? Type { get; init; }
}
