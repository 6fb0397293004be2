using System.Text.Json;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Leases;
using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthFlows.Runtime.Execution;

/// <summary>
/// Starts, resumes, retries and cancels instances: takes the instance lock, loads state, runs a burst
/// through the <see cref="WorkflowExecutor"/> and saves it in one commit.
/// </summary>
public sealed partial class WorkflowRunner(
    WorkflowDefinitionService definitions,
    IWorkflowInstanceStore instances,
    IBookmarkStore bookmarks,
    WorkflowExecutor executor,
    IWorkflowInstanceLock locks,
    IEnumerable<IBookmarkScheduler> schedulers,
    IdGenerator ids,
    TimeProvider clock,
    IOptions<LeaseOptions> leases,
    WorkflowMetrics metrics,
    ILogger<WorkflowRunner> logger)
{
    /// <summary>Creates an instance of a version and runs it until it finishes or waits.</summary>
    public Task<RunResult> StartAsync(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, CancellationToken cancellationToken) =>
        StartAsync(version, input, correlationId, null, cancellationToken);

    /// <summary>Starts an instance with <paramref name="features"/> its activities can reach during this first burst (a waiting HTTP request's response slot).</summary>
    public async Task<RunResult> StartAsync(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, RunFeatures? features, CancellationToken cancellationToken)
    {
        var execution = executor.Begin(NewInstance(version, input, correlationId), version.Definition, features);
        executor.ScheduleStart(execution);
        await executor.RunAsync(execution, cancellationToken);
        return await CommitAsync(execution, cancellationToken, created: true);
    }

    /// <summary>Creates an instance and saves it, queued, without running it (202 Accepted; run later by the dispatcher).</summary>
    public Task<RunResult> EnqueueAsync(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, CancellationToken cancellationToken) =>
        EnqueueAsync(version, input, correlationId, null, cancellationToken);

    /// <summary>
    /// Creates an instance with a caller-chosen id and saves it, queued. The id is the idempotency key of the start: when an
    /// instance with it exists already (another server started the same timer occurrence) nothing is saved and the answer is Conflict.
    /// </summary>
    public async Task<RunResult> EnqueueAsync(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, string? instanceId, CancellationToken cancellationToken)
    {
        var execution = executor.Begin(NewInstance(version, input, correlationId, instanceId), version.Definition);
        executor.ScheduleStart(execution);
        return await CommitAsync(execution, cancellationToken, created: true);
    }

    /// <summary>
    /// Saves a new instance with its start queued, like <see cref="EnqueueAsync(WorkflowDefinitionVersion, JsonElement?, string?, CancellationToken)"/>,
    /// under its instance lock taken before the save, and hands it back in memory: a trigger that must store a message before it
    /// answers (MLLP) then runs it without a second lock and a reload. Dispose what comes back in every case.
    /// </summary>
    public async Task<QueuedStart> EnqueueHeldAsync(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, CancellationToken cancellationToken)
    {
        var execution = executor.Begin(NewInstance(version, input, correlationId), version.Definition);
        executor.ScheduleStart(execution);
        var held = await locks.AcquireAsync(execution.Instance.Id, cancellationToken);
        try
        {
            var stored = await CommitAsync(execution, cancellationToken);
            return new QueuedStart(stored, execution, held, RunHeldAsync);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the queued work of a Running instance (queued starts, or work a stopped process left).</summary>
    public Task<RunResult> RunQueuedAsync(string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(instanceId, cancellationToken, (execution, _) =>
            execution.Instance.Status == WorkflowStatus.Running ? null : RunResult.Conflict($"Instance '{instanceId}' is {execution.Instance.Status}, not running.", execution.Instance));

    /// <summary>Resumes a bookmark once; a bookmark already resumed answers NotFound.</summary>
    public async Task<RunResult> ResumeAsync(string bookmarkId, JsonElement? payload, CancellationToken cancellationToken)
    {
        var bookmark = await bookmarks.FindAsync(bookmarkId, cancellationToken);
        if (bookmark is null)
        {
            return RunResult.NotFound($"There is no open bookmark '{bookmarkId}'.");
        }

        return await WithInstanceAsync(bookmark.InstanceId, cancellationToken, (execution, _) =>
        {
            var open = execution.Instance.State.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
            if (open is null)
            {
                return RunResult.NotFound($"Bookmark '{bookmarkId}' was already resumed.");
            }

            executor.ScheduleResume(execution, open, payload);
            return null;
        });
    }

    /// <summary>Runs a faulted instance again from the step that faulted.</summary>
    public Task<RunResult> RetryAsync(string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(instanceId, cancellationToken, (execution, _) =>
        {
            if (execution.Instance.SubStatus != WorkflowSubStatus.Faulted || execution.Instance.State.FaultedItem is null)
            {
                return RunResult.Conflict($"Only a faulted instance can be retried; this one is {execution.Instance.Status}/{execution.Instance.SubStatus}.", execution.Instance);
            }

            executor.ScheduleRetry(execution);
            return null;
        });

    /// <summary>Cancels a running or suspended instance.</summary>
    public Task<RunResult> CancelAsync(string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(instanceId, cancellationToken, (execution, _) =>
        {
            if (execution.Instance.IsFinished)
            {
                return RunResult.Conflict($"The instance already finished ({execution.Instance.SubStatus}).", execution.Instance);
            }

            executor.Cancel(execution);
            return null;
        });

    /// <summary>Loads an instance under its lock, lets <paramref name="prepare"/> schedule work (or answer a refusal), runs and commits.</summary>
    private async Task<RunResult> WithInstanceAsync(string instanceId, CancellationToken cancellationToken, Func<WorkflowExecution, CancellationToken, RunResult?> prepare)
    {
        await using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        var instance = await instances.FindAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return RunResult.NotFound($"There is no workflow instance '{instanceId}'.");
        }

        var version = await definitions.GetVersionAsync(instance.DefinitionId, instance.Version, cancellationToken);
        if (version is null)
        {
            return RunResult.Conflict($"Version {instance.Version} of workflow '{instance.DefinitionId}' no longer exists.", instance);
        }

        var execution = executor.Begin(instance, version.Definition);
        if (prepare(execution, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await executor.RunAsync(execution, cancellationToken);
        return await CommitAsync(execution, cancellationToken);
    }

    private async Task<RunResult> RunHeldAsync(WorkflowExecution execution, CancellationToken cancellationToken)
    {
        await executor.RunAsync(execution, cancellationToken);
        return await CommitAsync(execution, cancellationToken);
    }

    private WorkflowInstance NewInstance(WorkflowDefinitionVersion version, JsonElement? input, string? correlationId, string? instanceId = null)
    {
        var now = clock.GetUtcNow();
        return new WorkflowInstance
        {
            Id = instanceId ?? ids.NewId(),
            DefinitionId = version.DefinitionId,
            Version = version.Version,
            Name = version.Definition.Name,
            CorrelationId = string.IsNullOrWhiteSpace(correlationId) ? null : correlationId,
            Input = input,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private async Task<RunResult> CommitAsync(WorkflowExecution execution, CancellationToken cancellationToken, bool created = false)
    {
        var instance = execution.Instance;
        instance.UpdatedAt = clock.GetUtcNow();

        // A Running instance stays this node's until the lease lapses; any other state needs no owner.
        instance.Lease = instance.Status == WorkflowStatus.Running && leases.Value.NodeId is { } node
            ? new InstanceLease(node, instance.UpdatedAt + leases.Value.Duration)
            : null;
        try
        {
            await instances.CommitAsync(new InstanceCommit(instance, execution.NewJournalEntries, execution.NewIncidents, execution.CreatedBookmarks, execution.RemovedBookmarkIds), cancellationToken);
        }
        catch (ConcurrencyConflictException ex)
        {
            LogCommitConflict(logger, instance.Id);
            return RunResult.Conflict(ex.Message);
        }

        if (created)
        {
            metrics.InstanceStarted(instance);
        }

        if (execution.FinishedAs is { } outcome)
        {
            metrics.InstanceFinished(instance, outcome);
        }

        var timed = execution.CreatedBookmarks.Where(b => b.ResumeAt is not null).ToList();
        if (timed.Count > 0)
        {
            foreach (var scheduler in schedulers)
            {
                await scheduler.ScheduleAsync(timed, cancellationToken);
            }
        }

        return new RunResult(RunStatus.Ok, instance, execution.NewIncidents);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {InstanceId} lost a save race to another writer; its burst was discarded.")]
    private static partial void LogCommitConflict(ILogger logger, string instanceId);
}
