using System.Diagnostics;
using System.Diagnostics.Metrics;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Telemetry;

/// <summary>
/// The engine's instruments on the <c>HealthFlows</c> meter: instances started, completed and faulted, step durations,
/// and the dispatch queue's depth once the host hands it over. Counted after a burst is saved, so a discarded burst counts nothing.
/// </summary>
public sealed class WorkflowMetrics
{
    public const string MeterName = "HealthFlows";

    private readonly Counter<long> _started;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _faulted;
    private readonly Histogram<double> _stepDuration;

    /// <summary>Uses the host's meter factory; without one (a bare engine in a test) the meter is the process's own.</summary>
    public WorkflowMetrics(IMeterFactory? meterFactory = null)
    {
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _started = Meter.CreateCounter<long>("healthflows.instances.started", "{instance}", "Workflow instances created.");
        _completed = Meter.CreateCounter<long>("healthflows.instances.completed", "{instance}", "Workflow instances that finished without a fault (completed or cancelled).");
        _faulted = Meter.CreateCounter<long>("healthflows.instances.faulted", "{instance}", "Workflow instances that stopped on an incident.");
        _stepDuration = Meter.CreateHistogram<double>("healthflows.step.duration", "s", "How long one activity step ran.");
    }

    public Meter Meter { get; }

    public void InstanceStarted(WorkflowInstance instance) =>
        _started.Add(1, new TagList { { TelemetryTags.DefinitionId, instance.DefinitionId }, { TelemetryTags.Version, instance.Version } });

    /// <summary>Counts an instance that reached <paramref name="outcome"/> in the burst just saved.</summary>
    public void InstanceFinished(WorkflowInstance instance, WorkflowSubStatus outcome)
    {
        var tags = new TagList { { TelemetryTags.DefinitionId, instance.DefinitionId }, { TelemetryTags.Version, instance.Version }, { TelemetryTags.Status, outcome.ToString() } };
        (outcome == WorkflowSubStatus.Faulted ? _faulted : _completed).Add(1, tags);
    }

    public void StepFinished(string activityType, JournalEvent journalEvent, TimeSpan elapsed) =>
        _stepDuration.Record(elapsed.TotalSeconds, new TagList { { TelemetryTags.ActivityType, activityType }, { TelemetryTags.StepEvent, journalEvent.ToString() } });

    /// <summary>Publishes the depth of the host's dispatch queue (instances saved and waiting for a worker).</summary>
    public void ObserveQueueDepth(Func<int> depth) =>
        Meter.CreateObservableUpDownCounter("healthflows.dispatch.queue.depth", depth, "{instance}", "Instances queued for background execution.");
}
