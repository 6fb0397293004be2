using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Validation;

/// <summary>The outcomes a node can take: its activity's static ones, dynamic ones from an input, and Failed.</summary>
public static class OutcomeNames
{
    public static HashSet<string> Of(WorkflowNode node, ActivityDescriptor descriptor)
    {
        var names = new HashSet<string>(descriptor.Outcomes, StringComparer.Ordinal) { Outcomes.Failed };
        if (descriptor.DynamicOutcomes is { } dynamic
            && node.Inputs.TryGetValue(dynamic.FromInput, out var input)
            && input.Mode == InputMode.Literal
            && input.Value is { ValueKind: JsonValueKind.Array } items)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(dynamic.Property, out var name) && name.ValueKind == JsonValueKind.String)
                {
                    names.Add(name.GetString()!);
                }
            }
        }

        return names;
    }
}
