using System.Text.Json;

namespace HealthFlows.Runtime.Expressions;

/// <summary>What an expression sees: workflow input, variables, earlier outputs and the instance.</summary>
public interface IExpressionScope
{
    JsonElement? Input { get; }

    IReadOnlyDictionary<string, JsonElement> Variables { get; }

    IReadOnlyDictionary<string, Dictionary<string, JsonElement>> Outputs { get; }

    /// <summary>Instance facts: id, definitionId, version, correlationId.</summary>
    JsonElement InstanceInfo { get; }

    /// <summary>Grows when the instance facts change (a trigger set the correlation id), so a session refreshes <c>instance</c>.</summary>
    int InstanceInfoVersion { get; }

    /// <summary>Grows whenever variables or outputs change, so a session knows to refresh its globals.</summary>
    int StateVersion { get; }
}
