using HealthFlows.Runtime.Model;

namespace HealthFlows.Server.Apis.Http;

/// <summary>Structural limits checked before a definition is accepted at all (the validator checks meaning later).</summary>
public static class DefinitionShape
{
    public const int MaxNodes = 5_000;
    public const int MaxConnections = 20_000;
    public const int MaxNameLength = 200;

    /// <summary>The first structural problem, or null.</summary>
    public static string? Check(WorkflowDefinition definition)
    {
        if (definition.Nodes.Count > MaxNodes)
        {
            return $"A workflow has at most {MaxNodes} nodes.";
        }

        if (definition.Connections.Count > MaxConnections)
        {
            return $"A workflow has at most {MaxConnections} connections.";
        }

        if (definition.Name.Length > MaxNameLength || definition.DefinitionId.Length > 100)
        {
            return $"The name is at most {MaxNameLength} characters and the definitionId at most 100.";
        }

        if (definition.Nodes.Any(n => n.Id.Length is 0 or > 100 || n.Type.Length is 0 or > 100))
        {
            return "Every node needs an id and a type of 1 to 100 characters.";
        }

        return definition.Nodes.Any(n => n.Inputs.Values.Any(v => v is null)) ? "An input value cannot be null; leave the input out instead." : null;
    }
}
