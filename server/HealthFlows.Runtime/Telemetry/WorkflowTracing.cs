using System.Diagnostics;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Telemetry;

/// <summary>The <c>HealthFlows</c> activity source: one span per burst of an instance, one child span per step.</summary>
public static class WorkflowTracing
{
    public const string SourceName = "HealthFlows";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Starts the span of a burst; null when nobody listens.</summary>
    public static Activity? StartBurst(WorkflowInstance instance)
    {
        var span = Source.StartActivity("workflow.instance.run");
        span?.SetTag(TelemetryTags.InstanceId, instance.Id)
            .SetTag(TelemetryTags.DefinitionId, instance.DefinitionId)
            .SetTag(TelemetryTags.Version, instance.Version)
            .SetTag(TelemetryTags.CorrelationId, instance.CorrelationId);
        return span;
    }

    /// <summary>Starts the span of one step; its name is the activity type, a small fixed set.</summary>
    public static Activity? StartStep(WorkflowNode node)
    {
        var span = Source.StartActivity("workflow.step " + node.Type);
        span?.SetTag(TelemetryTags.NodeId, node.Id).SetTag(TelemetryTags.ActivityType, node.Type);
        return span;
    }
}
