namespace HealthFlows.Runtime.Activities;

/// <summary>A typed activity input; read it with <see cref="ActivityExecutionContext.Get{T}(Input{T})"/>.</summary>
public sealed class Input<T>(T? defaultValue = default) : InputDeclaration
{
    public T? Default { get; } = defaultValue;

    public override Type ValueType => typeof(T);

    // An unset JsonElement is "no default", not a value.
    public override object? DefaultValue => Default is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Undefined } ? null : Default;
}
