using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Triggers;

/// <summary>A published version whose start node is a trigger of some kind, and that node (its settings are its inputs).</summary>
public sealed record TriggerRegistration(WorkflowDefinitionVersion Version, WorkflowNode StartNode)
{
    public string DefinitionId => Version.DefinitionId;

    /// <summary>The trigger's activity type, e.g. HttpEndpoint.</summary>
    public string ActivityType => StartNode.Type;
}
