using System.Collections.Concurrent;
using HealthFlows.Activities.Timers;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Triggers;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Dispatch;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Quartz;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>
/// Keeps one Quartz trigger per published Timer, Cron or Start At workflow, for its next occurrence, and starts one
/// instance per occurrence. The schedule follows the trigger catalog: rebuilt at start-up and whenever a publish,
/// retract, revert or delete changes it. Every server computes the same occurrences; the instance id is derived from
/// the occurrence, so of several servers firing it the database keeps one (see docs/architecture.md).
/// </summary>
public sealed partial class TimerTriggerScheduler(
    TriggerCatalog catalog,
    TimerTriggerReader reader,
    ISchedulerFactory quartz,
    ITimerTriggerStore states,
    IServiceScopeFactory scopes,
    WorkflowDispatcher dispatcher,
    TimeProvider clock,
    IOptions<HealthFlowsOptions> options,
    ILogger<TimerTriggerScheduler> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ScheduledTimer> _scheduled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _handled = new(StringComparer.Ordinal);
    private IDisposable? _subscription;
    private DateTimeOffset _startedAt;

    /// <summary>The timers scheduled now, by definition id.</summary>
    public IReadOnlyList<ScheduledTimer> Scheduled
    {
        get
        {
            _gate.Wait();
            try
            {
                return [.. _scheduled.Values.OrderBy(t => t.DefinitionId, StringComparer.Ordinal)];
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    /// <summary>The latest occurrence of the workflow's timer this server has finished handling (started, or found started by another server).</summary>
    public DateTimeOffset? LastHandled(string definitionId) => _handled.TryGetValue(definitionId, out var at) ? at : null;

    /// <summary>Schedules the published timers and follows the catalog from now on. Occurrences before this moment that nobody fired are misfires.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _startedAt = clock.GetUtcNow();
        // Subscribed before the first reconcile, so a publish in between is not lost.
        _subscription = ChangeToken.OnChange(catalog.GetChangeToken, () => _ = ReconcileInBackgroundAsync());
        await ReconcileAsync(cancellationToken);
    }

    /// <summary>Brings the Quartz triggers in line with the published timers: new ones scheduled, changed ones replaced, retracted ones removed.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var desired = new Dictionary<string, (TriggerRegistration Registration, TimerSettings Settings)>(StringComparer.Ordinal);
        foreach (var registration in reader.TriggerTypes.SelectMany(snapshot.OfType))
        {
            var settings = reader.Read(registration.StartNode);
            if (settings is not { IsValid: true })
            {
                LogUnschedulable(logger, registration.DefinitionId, string.Join(" ", settings?.Problems ?? []));
                continue;
            }

            desired[registration.DefinitionId] = (registration, settings);
        }

        var scheduler = await quartz.GetScheduler(cancellationToken);
        var due = new List<ScheduledTimer>();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var gone in _scheduled.Keys.Where(id => !desired.TryGetValue(id, out var d) || !SameRegistration(_scheduled[id], d.Registration)).ToList())
            {
                await scheduler.DeleteJob(new JobKey(gone, TimerOccurrenceJob.Group), cancellationToken);
                _scheduled.Remove(gone);
                LogUnscheduled(logger, gone);
            }

            foreach (var (definitionId, (registration, settings)) in desired)
            {
                if (_scheduled.ContainsKey(definitionId))
                {
                    continue;
                }

                var policy = settings.Misfire ?? options.Value.Timers.Misfire;
                var state = await states.FindAsync(definitionId, cancellationToken);
                var publishedAt = registration.Version.PublishedAt ?? clock.GetUtcNow();
                var reference = state is not null && state.LastOccurrence > publishedAt ? state.LastOccurrence : publishedAt;
                var timer = Plan(new ScheduledTimer(registration, settings.Schedule!, policy, null, false), reference);
                await ArmAsync(scheduler, timer, cancellationToken);
                if (timer.NextOccurrence <= clock.GetUtcNow())
                {
                    due.Add(timer);
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        // What is due already (a misfire at start-up) fires before this returns, so start-up hands it to the dispatcher
        // before the server takes requests; the Quartz trigger for it finds it fired and does nothing.
        foreach (var timer in due)
        {
            await FireAsync(timer.DefinitionId, timer.Version, timer.NextOccurrence!.Value, timer.NextMisfired, cancellationToken);
        }
    }

    /// <summary>
    /// Fires one occurrence (called by <see cref="TimerOccurrenceJob"/>): arms the next one, then starts the instance unless
    /// it exists. When the next one is already due (the clock moved past it meanwhile) it is fired here too.
    /// </summary>
    public async Task FireAsync(string definitionId, int version, DateTimeOffset occurrence, bool misfired, CancellationToken cancellationToken)
    {
        while (true)
        {
            ScheduledTimer fired;
            ScheduledTimer next;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                // A trigger replaced or removed meanwhile (a retract, a new version), or fired already, must not fire or re-arm itself.
                if (!_scheduled.TryGetValue(definitionId, out var current) || current.Version != version || current.NextOccurrence != occurrence)
                {
                    return;
                }

                fired = current;
                next = Plan(current, occurrence);
                await ArmAsync(await quartz.GetScheduler(cancellationToken), next, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }

            await StartOccurrenceAsync(fired.Registration, occurrence, misfired, cancellationToken);
            if (next.NextOccurrence is not { } due || due > clock.GetUtcNow())
            {
                return;
            }

            occurrence = due;
            misfired = next.NextMisfired;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _gate.Dispose();
    }

    /// <summary>
    /// The occurrence to arm after <paramref name="reference"/> (the last one fired, or the publish time). One that is
    /// already due fires at once: if it fell due while this server ran (a late fire) it always does; if before this
    /// server started, nobody was running and the misfire policy decides.
    /// </summary>
    private ScheduledTimer Plan(ScheduledTimer timer, DateTimeOffset reference)
    {
        var now = clock.GetUtcNow();
        var next = timer.Schedule.NextAfter(reference);
        if (next is null || next > now)
        {
            return timer with { NextOccurrence = next, NextMisfired = false };
        }

        var latest = timer.Schedule.LatestBetween(reference, now) ?? next.Value;
        if (latest >= _startedAt)
        {
            return timer with { NextOccurrence = latest, NextMisfired = false };
        }

        return timer.Misfire == TimerMisfirePolicy.FireOnce
            ? timer with { NextOccurrence = latest, NextMisfired = true }
            : timer with { NextOccurrence = timer.Schedule.NextAfter(now), NextMisfired = false };
    }

    private async Task ArmAsync(IScheduler scheduler, ScheduledTimer timer, CancellationToken cancellationToken)
    {
        _scheduled[timer.DefinitionId] = timer;
        var key = new JobKey(timer.DefinitionId, TimerOccurrenceJob.Group);
        if (timer.NextOccurrence is not { } at)
        {
            await scheduler.DeleteJob(key, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<TimerOccurrenceJob>()
            .WithIdentity(key)
            .UsingJobData(TimerOccurrenceJob.DefinitionIdKey, timer.DefinitionId)
            .UsingJobData(TimerOccurrenceJob.VersionKey, timer.Version)
            .UsingJobData(TimerOccurrenceJob.OccurrenceKey, at.UtcTicks)
            .UsingJobData(TimerOccurrenceJob.MisfiredKey, timer.NextMisfired)
            .Build();
        // The trigger's misfire arithmetic reads the clock it is built with (the machine clock if none): the server's clock.
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(timer.DefinitionId, TimerOccurrenceJob.Group)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        LogArmed(logger, timer.DefinitionId, timer.Version, at, timer.NextMisfired);
    }

    private async Task StartOccurrenceAsync(TriggerRegistration registration, DateTimeOffset occurrence, bool misfired, CancellationToken cancellationToken)
    {
        var definitionId = registration.DefinitionId;
        var instanceId = TimerOccurrenceIds.For(definitionId, occurrence);
        var now = clock.GetUtcNow();
        var input = new TimerOccurrence { Occurrence = occurrence, FiredAt = now, Misfired = misfired }.ToJson();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
                .EnqueueAsync(registration.Version, input, null, instanceId, cancellationToken);
            if (result.Status == RunStatus.Ok)
            {
                dispatcher.Enqueue(instanceId);
                LogStarted(logger, definitionId, occurrence, instanceId);
            }
            else
            {
                LogAlreadyStarted(logger, definitionId, occurrence, instanceId);
            }

            await states.RecordFiredAsync(definitionId, registration.Version.Version, occurrence, now, cancellationToken);
            _handled.AddOrUpdate(definitionId, occurrence, (_, seen) => seen > occurrence ? seen : occurrence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not recorded as fired: the next start-up (or schedule change) sees it missed and applies the misfire policy.
            LogStartFailed(logger, ex, definitionId, occurrence);
        }
    }

    private async Task ReconcileInBackgroundAsync()
    {
        try
        {
            await ReconcileAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogReconcileFailed(logger, ex);
        }
    }

    // Published versions never change; a workflow deleted and created again reuses version numbers, but not the publish time.
    private static bool SameRegistration(ScheduledTimer scheduled, TriggerRegistration desired) =>
        scheduled.Version == desired.Version.Version && scheduled.Registration.Version.PublishedAt == desired.Version.PublishedAt;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Published workflow {DefinitionId} has a timer trigger that cannot be scheduled: {Problems}")]
    private static partial void LogUnschedulable(ILogger logger, string definitionId, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer of workflow {DefinitionId} unscheduled.")]
    private static partial void LogUnscheduled(ILogger logger, string definitionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer of workflow {DefinitionId} v{Version} armed for {Occurrence:O} (misfire: {Misfired}).")]
    private static partial void LogArmed(ILogger logger, string definitionId, int version, DateTimeOffset occurrence, bool misfired);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer of workflow {DefinitionId} fired for {Occurrence:O}: instance {InstanceId}.")]
    private static partial void LogStarted(ILogger logger, string definitionId, DateTimeOffset occurrence, string instanceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer occurrence {Occurrence:O} of workflow {DefinitionId} was already started ({InstanceId}), by this or another server.")]
    private static partial void LogAlreadyStarted(ILogger logger, string definitionId, DateTimeOffset occurrence, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer occurrence {Occurrence:O} of workflow {DefinitionId} could not be started.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, string definitionId, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rescheduling the timer triggers after a change of the published workflows failed.")]
    private static partial void LogReconcileFailed(ILogger logger, Exception exception);
}
