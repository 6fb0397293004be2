using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>The value given to one activity input: a literal, or an expression evaluated at run time.</summary>
public sealed class InputValue
{
    public InputMode Mode { get; set; } = InputMode.Literal;

    /// <summary>The literal JSON value, or for an expression the script as a JSON string.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Makes a literal input value.</summary>
    public static InputValue Literal<T>(T value) => new() { Mode = InputMode.Literal, Value = JsonSerializer.SerializeToElement(value, WorkflowJson.Options) };

    /// <summary>Makes an expression input value.</summary>
    public static InputValue Expression(string script) => new() { Mode = InputMode.Expression, Value = JsonSerializer.SerializeToElement(script) };

    /// <summary>The script of an expression value, or null when there is none.</summary>
    [JsonIgnore]
    public string? Script => Mode == InputMode.Expression && Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
