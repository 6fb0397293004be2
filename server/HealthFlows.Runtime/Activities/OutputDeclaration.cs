namespace HealthFlows.Runtime.Activities;

/// <summary>The untyped part of an activity output declaration; its name is set from the property when registered.</summary>
public abstract class OutputDeclaration
{
    /// <summary>The output's name (the property name in camelCase).</summary>
    public string Name { get; internal set; } = "";

    public abstract Type ValueType { get; }
}
