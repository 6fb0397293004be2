using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>Maps CLR types to the JSON type names used by descriptors and variables.</summary>
internal static class JsonTypeNames
{
    public static string For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "integer";
        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float)) return "number";
        if (type == typeof(TimeSpan)) return "duration";
        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(object)) return "any";
        if (type.IsEnum) return "string";
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)) return "array";
        return "object";
    }

    public static string DefaultUIHint(string jsonType, bool hasOptions) => hasOptions ? "dropdown" : jsonType switch
    {
        "boolean" => "checkbox",
        "object" or "array" or "any" => "json",
        "duration" => "duration",
        _ => "singleline",
    };
}
