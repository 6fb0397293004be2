using System.Text.Json;

namespace HealthFlows.Runtime.Model;

/// <summary>A workflow variable with its type and starting value.</summary>
public sealed class VariableDefinition
{
    public string Name { get; set; } = "";

    /// <summary>One of string, number, boolean, object, array, any.</summary>
    public string Type { get; set; } = "any";

    public JsonElement? Default { get; set; }
}
