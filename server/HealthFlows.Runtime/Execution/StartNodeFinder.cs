using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Execution;

/// <summary>Finds where an instance starts: the one trigger node.</summary>
public static class StartNodeFinder
{
    /// <summary>The single trigger node, or null when there is none or more than one.</summary>
    public static WorkflowNode? Find(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var triggers = definition.Nodes.Where(n => registry.Find(n.Type)?.Descriptor.Kind == ActivityKind.Trigger).Take(2).ToList();
        return triggers.Count == 1 ? triggers[0] : null;
    }
}
