namespace HealthFlows.Runtime.Execution;

/// <summary>Makes sure one instance runs in one place at a time (in-process now; a database lock when clustered).</summary>
public interface IWorkflowInstanceLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken);
}
