using System.Diagnostics;
using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthFlows.Runtime.Execution;

/// <summary>
/// Runs an instance until it has nothing left to do: takes work items off its queue, runs their
/// activities and schedules the targets of the outcomes they return. It touches no store: the caller
/// saves the burst in one commit.
/// </summary>
public sealed partial class WorkflowExecutor(
    ActivityRegistry registry,
    IExpressionEvaluator evaluator,
    IServiceProvider services,
    TimeProvider clock,
    IdGenerator ids,
    IOptions<ExecutionOptions> options,
    WorkflowMetrics metrics,
    ILogger<WorkflowExecutor> logger)
{
    private readonly ExecutionOptions _options = options.Value;

    /// <summary>Starts a burst over an instance and its pinned definition.</summary>
    public WorkflowExecution Begin(WorkflowInstance instance, WorkflowDefinition definition, RunFeatures? features = null) => new(instance, definition, evaluator, features);

    /// <summary>Puts a new instance's start node on its queue and its variables at their defaults.</summary>
    public void ScheduleStart(WorkflowExecution execution)
    {
        var state = execution.Instance.State;
        foreach (var variable in execution.Definition.Variables)
        {
            state.Variables[variable.Name] = variable.Default ?? JsonSerializer.SerializeToElement<object?>(null);
        }

        var start = StartNodeFinder.Find(execution.Definition, registry)
            ?? throw new InvalidOperationException($"Workflow '{execution.Definition.DefinitionId}' has no start node.");
        Enqueue(execution, new WorkItem { NodeId = start.Id, Kind = WorkItemKind.Execute });
    }

    /// <summary>Takes an open bookmark off the instance and schedules its node's resume step.</summary>
    public void ScheduleResume(WorkflowExecution execution, Bookmark bookmark, JsonElement? payload)
    {
        var state = execution.Instance.State;
        state.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        execution.RemovedBookmarkIds.Add(bookmark.Id);
        Enqueue(execution, new WorkItem { NodeId = bookmark.NodeId, Kind = WorkItemKind.Resume, ScopeId = bookmark.ScopeId, BookmarkId = bookmark.Id, Payload = payload });
        LeaveScope(execution, bookmark.ScopeId);

        // A faulted instance keeps its bookmarks; resuming one (a dead-letter replay after an incident) runs it on.
        execution.Instance.FinishedAt = null;
        MarkRunning(execution.Instance);
    }

    /// <summary>Puts a faulted instance's faulted step back at the head of its queue.</summary>
    public void ScheduleRetry(WorkflowExecution execution)
    {
        var state = execution.Instance.State;
        if (state.FaultedItem is { } item)
        {
            // The faulted step never left its scope, so it goes back without counting again.
            state.Queue.Insert(0, item);
            state.FaultedItem = null;
        }

        execution.Instance.FinishedAt = null;
        MarkRunning(execution.Instance);
    }

    /// <summary>Ends an instance as cancelled, dropping its queue and bookmarks.</summary>
    public void Cancel(WorkflowExecution execution)
    {
        DropOpenWork(execution);
        Finish(execution, WorkflowSubStatus.Cancelled);
    }

    /// <summary>Runs queued work until the instance finishes, suspends or faults.</summary>
    public async Task RunAsync(WorkflowExecution execution, CancellationToken cancellationToken = default)
    {
        var instance = execution.Instance;
        var queue = instance.State.Queue;
        var steps = 0;

        // Every log line of the burst (activities' and ours) carries the instance and its correlation id.
        using var span = WorkflowTracing.StartBurst(instance);
        using var scope = logger.BeginScope(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["InstanceId"] = instance.Id,
            ["CorrelationId"] = instance.CorrelationId,
            ["DefinitionId"] = instance.DefinitionId,
        });
        while (queue.Count > 0 && !instance.IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = queue[0];
            queue.RemoveAt(0);
            if (++steps > _options.MaxStepsPerBurst)
            {
                Fault(execution, item, "Runtime", nameof(InvalidOperationException), $"The instance ran more than {_options.MaxStepsPerBurst} steps without waiting and was stopped as a runaway loop.");
                break;
            }

            if (await RunStepAsync(execution, item, cancellationToken))
            {
                LeaveScope(execution, item.ScopeId);
            }
        }

        if (!instance.IsFinished && queue.Count == 0)
        {
            if (instance.State.Bookmarks.Count > 0)
            {
                instance.Status = WorkflowStatus.Suspended;
                instance.SubStatus = WorkflowSubStatus.Suspended;
            }
            else
            {
                Complete(execution);
            }
        }

        instance.UpdatedAt = clock.GetUtcNow();
        span?.SetTag(TelemetryTags.Status, instance.SubStatus.ToString());
        if (instance.SubStatus == WorkflowSubStatus.Faulted)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Runs one step; false when it faulted the instance (the step stays owed to its scope).</summary>
    private async Task<bool> RunStepAsync(WorkflowExecution execution, WorkItem item, CancellationToken cancellationToken)
    {
        var node = execution.Graph.Node(item.NodeId);
        var activity = node is null ? null : registry.Find(node.Type);
        if (node is null || activity is null)
        {
            var what = node is null ? $"Node '{item.NodeId}' is not in version {execution.Definition.Version}." : $"Activity type '{node.Type}' is not registered.";
            Fault(execution, item, node?.Type ?? "", "UnknownActivity", what);
            return false;
        }

        using var span = WorkflowTracing.StartStep(node);
        var context = new ActivityExecutionContext(execution, item, node, activity.Descriptor, services, clock, cancellationToken);
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        ActivityResult result;
        try
        {
            result = item.Kind switch
            {
                WorkItemKind.Resume => await activity.Activity.ResumeAsync(context),
                WorkItemKind.BodyCompleted => await activity.Activity.OnBodyCompletedAsync(context),
                _ => await activity.Activity.ExecuteAsync(context),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var elapsed = clock.GetElapsedTime(started);
            var failed = execution.Graph.Outbound(node.Id, Outcomes.Failed);
            if (failed.Count > 0)
            {
                context.SetJson("error", JsonSerializer.SerializeToElement(new { type = ex.GetType().Name, message = ex.Message }));
                Journal(execution, item, node, context, JournalEvent.Faulted, [Outcomes.Failed], startedAt, elapsed, ex.Message);
                ScheduleTargets(execution, item, failed, Outcomes.Failed);
                return true;
            }

            Journal(execution, item, node, context, JournalEvent.Faulted, [], startedAt, elapsed, ex.Message);
            span?.SetTag(TelemetryTags.StepEvent, nameof(JournalEvent.Faulted)).SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            Fault(execution, item, node.Type, ex.GetType().Name, ex.Message);
            return false;
        }

        Apply(execution, item, node, context, result, startedAt, clock.GetElapsedTime(started));
        span?.SetTag(TelemetryTags.StepEvent, execution.NewJournalEntries[^1].Event.ToString());
        return true;
    }

    private void Apply(WorkflowExecution execution, WorkItem item, WorkflowNode node, ActivityExecutionContext context, ActivityResult result, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        switch (result.Kind)
        {
            case ActivityResultKind.Complete:
                Journal(execution, item, node, context, JournalEvent.Completed, result.Outcomes, startedAt, elapsed);
                foreach (var outcome in result.Outcomes)
                {
                    ScheduleTargets(execution, item, execution.Graph.Outbound(node.Id, outcome), outcome);
                }

                break;
            case ActivityResultKind.Suspend:
                Journal(execution, item, node, context, JournalEvent.Suspended, result.Outcomes, startedAt, elapsed);
                CreateBookmark(execution, item, node, result.Bookmark!);
                foreach (var outcome in result.Outcomes)
                {
                    ScheduleTargets(execution, item, execution.Graph.Outbound(node.Id, outcome), outcome);
                }

                break;
            case ActivityResultKind.RunBody:
                Journal(execution, item, node, context, JournalEvent.Completed, result.Outcomes, startedAt, elapsed);
                StartBody(execution, item, node, result.Outcomes[0]);
                break;
            case ActivityResultKind.Wait:
                Journal(execution, item, node, context, JournalEvent.Waiting, [], startedAt, elapsed);
                break;
            case ActivityResultKind.Finish:
                Journal(execution, item, node, context, JournalEvent.Finished, [], startedAt, elapsed);
                execution.Instance.Output = result.Output;
                DropOpenWork(execution);
                Complete(execution);
                break;
        }
    }

    private void ScheduleTargets(WorkflowExecution execution, WorkItem item, IReadOnlyList<Connection> connections, string outcome)
    {
        foreach (var connection in connections)
        {
            Enqueue(execution, new WorkItem { NodeId = connection.Target, ScopeId = item.ScopeId, ArrivedFromNode = item.NodeId, ArrivedViaOutcome = outcome });
        }
    }

    private void StartBody(WorkflowExecution execution, WorkItem item, WorkflowNode node, string outcome)
    {
        var targets = execution.Graph.Outbound(node.Id, outcome);
        if (targets.Count == 0)
        {
            Enqueue(execution, new WorkItem { NodeId = node.Id, Kind = WorkItemKind.BodyCompleted, ScopeId = item.ScopeId });
            return;
        }

        var state = execution.Instance.State;
        var scope = new ExecutionScope { Id = ids.NewId(), OwnerNodeId = node.Id, ParentScopeId = item.ScopeId };
        state.Scopes[scope.Id] = scope;
        if (item.ScopeId is { } parentId && state.Scopes.TryGetValue(parentId, out var parent))
        {
            parent.Pending++;
        }

        foreach (var connection in targets)
        {
            Enqueue(execution, new WorkItem { NodeId = connection.Target, ScopeId = scope.Id, ArrivedFromNode = node.Id, ArrivedViaOutcome = outcome });
        }
    }

    private void CreateBookmark(WorkflowExecution execution, WorkItem item, WorkflowNode node, BookmarkRequest request)
    {
        var bookmark = new Bookmark
        {
            Id = ids.NewId(),
            InstanceId = execution.Instance.Id,
            NodeId = node.Id,
            ActivityType = node.Type,
            Name = request.Name,
            ScopeId = item.ScopeId,
            ResumeAt = request.ResumeAt,
            CorrelationKey = request.CorrelationKey,
            Data = request.Data,
            CreatedAt = clock.GetUtcNow(),
        };
        execution.Instance.State.Bookmarks.Add(bookmark);
        execution.CreatedBookmarks.Add(bookmark);
        if (item.ScopeId is { } scopeId && execution.Instance.State.Scopes.TryGetValue(scopeId, out var scope))
        {
            scope.Pending++;
        }
    }

    private static void Enqueue(WorkflowExecution execution, WorkItem item)
    {
        var state = execution.Instance.State;
        state.Queue.Add(item);
        if (item.ScopeId is { } scopeId && state.Scopes.TryGetValue(scopeId, out var scope))
        {
            scope.Pending++;
        }
    }

    /// <summary>One unit of work in a scope is done; a scope with nothing left calls its owner back.</summary>
    private static void LeaveScope(WorkflowExecution execution, string? scopeId)
    {
        var state = execution.Instance.State;
        if (scopeId is null || !state.Scopes.TryGetValue(scopeId, out var scope))
        {
            return;
        }

        if (--scope.Pending > 0)
        {
            return;
        }

        state.Scopes.Remove(scope.Id);
        Enqueue(execution, new WorkItem { NodeId = scope.OwnerNodeId, Kind = WorkItemKind.BodyCompleted, ScopeId = scope.ParentScopeId });

        // The closed scope itself was one unit of its parent's work.
        if (scope.ParentScopeId is { } parentId && state.Scopes.TryGetValue(parentId, out var parent))
        {
            parent.Pending--;
        }
    }

    private void Fault(WorkflowExecution execution, WorkItem item, string activityType, string exceptionType, string message)
    {
        var instance = execution.Instance;
        instance.State.FaultedItem = item;
        var incident = new Incident
        {
            Id = ids.NewId(),
            InstanceId = instance.Id,
            NodeId = item.NodeId,
            ActivityType = activityType,
            ExceptionType = exceptionType,
            Message = message,
            Timestamp = clock.GetUtcNow(),
        };
        execution.NewIncidents.Add(incident);
        instance.IncidentCount++;
        // The message may quote patient data (an expression's error, an ERP answer): it stays in the incident.
        LogFaulted(logger, instance.Id, item.NodeId, activityType, exceptionType);
        Finish(execution, WorkflowSubStatus.Faulted);
    }

    private static void DropOpenWork(WorkflowExecution execution)
    {
        var state = execution.Instance.State;
        execution.RemovedBookmarkIds.AddRange(state.Bookmarks.Select(b => b.Id));
        state.Bookmarks.Clear();
        state.Queue.Clear();
        state.Scopes.Clear();
        state.FaultedItem = null;
    }

    /// <summary>Completes the instance; without an explicit output, the declared outputs are read from variables of the same name.</summary>
    private void Complete(WorkflowExecution execution)
    {
        var instance = execution.Instance;
        if (instance.Output is null && execution.Definition.Outputs.Count > 0)
        {
            var output = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
            foreach (var field in execution.Definition.Outputs)
            {
                output[field.Name] = instance.State.Variables.TryGetValue(field.Name, out var value) ? value : null;
            }

            instance.Output = JsonSerializer.SerializeToElement(output);
        }

        Finish(execution, WorkflowSubStatus.Completed);
    }

    private void Finish(WorkflowExecution execution, WorkflowSubStatus subStatus)
    {
        var instance = execution.Instance;
        execution.FinishedAs = subStatus;
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = subStatus;
        instance.FinishedAt = clock.GetUtcNow();
    }

    private static void MarkRunning(WorkflowInstance instance)
    {
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = WorkflowSubStatus.Executing;
    }

    private void Journal(WorkflowExecution execution, WorkItem item, WorkflowNode node, ActivityExecutionContext context, JournalEvent journalEvent, IReadOnlyList<string> outcomes, DateTimeOffset startedAt, TimeSpan elapsed, string? message = null)
    {
        var instance = execution.Instance;
        execution.NewJournalEntries.Add(new JournalEntry
        {
            InstanceId = instance.Id,
            Sequence = ++instance.State.JournalSequence,
            NodeId = node.Id,
            ActivityType = node.Type,
            Event = journalEvent,
            Kind = item.Kind,
            Outcomes = outcomes,
            StartedAt = startedAt,
            DurationMs = Math.Round(elapsed.TotalMilliseconds, 3),
            Inputs = JournalPayload.Capped(context.EvaluatedInputs, _options.MaxJournalPayloadBytes),
            Outputs = JournalPayload.Capped(context.WrittenOutputs, _options.MaxJournalPayloadBytes),
            Message = message ?? context.JournalMessage,
        });
        metrics.StepFinished(node.Type, journalEvent, elapsed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance {InstanceId} faulted at node {NodeId} ({ActivityType}): {ExceptionType}; the incident holds the message.")]
    private static partial void LogFaulted(ILogger logger, string instanceId, string nodeId, string activityType, string exceptionType);
}
