namespace HealthFlows.Runtime.Activities;

/// <summary>A typed activity input; read it with <see cref="ActivityExecutionContext.Get{T}(Input{T})"/>.</summary>
public sealed class Input<T> : InputDeclaration
{
    private readonly bool _hasDefault;

    /// <summary>An input without a default: a node that leaves it out reads default(T).</summary>
    public Input()
    {
    }

    /// <summary>An input whose default the designer shows and a node that leaves it out gets.</summary>
    public Input(T defaultValue)
    {
        Default = defaultValue;
        _hasDefault = true;
    }

    public T? Default { get; }

    public override Type ValueType => typeof(T);

    public override object? DefaultValue => _hasDefault ? Default : null;
}
