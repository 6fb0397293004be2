namespace HealthFlows.Runtime.Activities;

/// <summary>The untyped part of an activity input declaration; its name is set from the property when registered.</summary>
public abstract class InputDeclaration
{
    /// <summary>The input's name in workflow documents (the property name in camelCase).</summary>
    public string Name { get; internal set; } = "";

    public abstract Type ValueType { get; }

    /// <summary>The value used when a node gives none.</summary>
    public abstract object? DefaultValue { get; }
}
