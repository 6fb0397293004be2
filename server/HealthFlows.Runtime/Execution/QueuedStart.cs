namespace HealthFlows.Runtime.Execution;

/// <summary>
/// A new instance saved with its start queued, still held under its instance lock and kept in memory, so the trigger that
/// stored it can run it at once without loading it back. Run it once, or dispose it to leave it to the dispatcher.
/// </summary>
public sealed class QueuedStart : IAsyncDisposable
{
    private readonly Func<WorkflowExecution, CancellationToken, Task<RunResult>> _run;
    private readonly WorkflowExecution _execution;
    private IAsyncDisposable? _lock;

    internal QueuedStart(RunResult stored, WorkflowExecution execution, IAsyncDisposable held, Func<WorkflowExecution, CancellationToken, Task<RunResult>> run)
    {
        Stored = stored;
        _execution = execution;
        _lock = held;
        _run = run;
    }

    /// <summary>The answer of the save: Ok once the instance cannot be lost, else why it was not saved.</summary>
    public RunResult Stored { get; }

    public string InstanceId => _execution.Instance.Id;

    /// <summary>Runs the stored instance until it finishes or waits, commits that burst and lets go of the lock.</summary>
    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var held = Interlocked.Exchange(ref _lock, null)
            ?? throw new InvalidOperationException($"Instance '{InstanceId}' was already run or released.");
        await using (held)
        {
            return await _run(_execution, cancellationToken);
        }
    }

    /// <summary>Lets go of the lock when the instance was not run here (the dispatcher or start-up recovery runs it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _lock, null) is { } held)
        {
            await held.DisposeAsync();
        }
    }
}
