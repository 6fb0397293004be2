using System.Text.Json;
using Jint;
using Jint.Native;

namespace HealthFlows.Runtime.Expressions;

/// <summary>Converts between System.Text.Json elements and Jint values.</summary>
internal static class JsonToJsValue
{
    public static JsValue Convert(Engine engine, JsonElement? element)
    {
        if (element is not { } value)
        {
            return JsValue.Undefined;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return new JsString(value.GetString()!);
            case JsonValueKind.Number:
                return new JsNumber(value.GetDouble());
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            case JsonValueKind.Object:
                var obj = new JsObject(engine);
                foreach (var property in value.EnumerateObject())
                {
                    obj.FastSetProperty(property.Name, new Jint.Runtime.Descriptors.PropertyDescriptor(Convert(engine, property.Value), true, true, true));
                }

                return obj;
            case JsonValueKind.Array:
                var items = new JsValue[value.GetArrayLength()];
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items[i++] = Convert(engine, item);
                }

                return new JsArray(engine, items);
            default:
                return JsValue.Null;
        }
    }

    /// <summary>A JavaScript object over a dictionary of JSON values, without a JSON round trip.</summary>
    public static JsValue Convert(Engine engine, IEnumerable<KeyValuePair<string, JsonElement>> values)
    {
        var obj = new JsObject(engine);
        foreach (var (name, value) in values)
        {
            obj.FastSetProperty(name, new Jint.Runtime.Descriptors.PropertyDescriptor(Convert(engine, value), true, true, true));
        }

        return obj;
    }

    public static JsonElement? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined())
        {
            return null;
        }

        if (value.IsNull())
        {
            return JsonSerializer.SerializeToElement<object?>(null);
        }

        if (value.IsBoolean())
        {
            return JsonSerializer.SerializeToElement(value.AsBoolean());
        }

        if (value.IsString())
        {
            return JsonSerializer.SerializeToElement(value.AsString());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return double.IsFinite(number) ? JsonSerializer.SerializeToElement(number) : JsonSerializer.SerializeToElement<object?>(null);
        }

        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value, JsValue.Undefined, JsValue.Undefined);
        return json.IsString() ? JsonDocument.Parse(json.AsString()).RootElement.Clone() : null;
    }
}
