namespace HealthFlows.Runtime.Telemetry;

/// <summary>Attribute names on HealthFlows' metrics and spans (dashboards and alerts depend on them).</summary>
public static class TelemetryTags
{
    public const string DefinitionId = "healthflows.workflow.definition_id";

    public const string Version = "healthflows.workflow.version";

    public const string Status = "healthflows.instance.status";

    public const string InstanceId = "healthflows.instance.id";

    public const string CorrelationId = "healthflows.instance.correlation_id";

    public const string NodeId = "healthflows.node.id";

    public const string ActivityType = "healthflows.activity.type";

    public const string StepEvent = "healthflows.step.event";
}
