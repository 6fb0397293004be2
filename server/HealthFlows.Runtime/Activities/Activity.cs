namespace HealthFlows.Runtime.Activities;

/// <summary>
/// An activity: one stateless class, described by <see cref="ActivityAttribute"/> and its
/// <see cref="Input{T}"/> / <see cref="Output{T}"/> properties. Per-run state lives in the context.
/// </summary>
public abstract class Activity
{
    /// <summary>Runs the activity when a connection reaches its node.</summary>
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Continues after one of the activity's bookmarks was resumed; completes with <c>Done</c> unless overridden.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(Outcomes.Done));

    /// <summary>Called when a body started with <see cref="ActivityResult.RunBody"/> has nothing left to run.</summary>
    public virtual ValueTask<ActivityResult> OnBodyCompletedAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(Outcomes.Done));
}
