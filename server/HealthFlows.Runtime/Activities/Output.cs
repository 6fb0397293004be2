namespace HealthFlows.Runtime.Activities;

/// <summary>A typed activity output; write it with <see cref="ActivityExecutionContext.Set{T}(Output{T}, T)"/>.</summary>
public sealed class Output<T> : OutputDeclaration
{
    public override Type ValueType => typeof(T);
}
