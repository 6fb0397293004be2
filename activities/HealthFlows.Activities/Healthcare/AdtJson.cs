using System.Text.Json;
using HealthFlows.Hl7.Adt;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Healthcare;

/// <summary>The one JSON shape of the typed ADT/DFT view, shared by the Parse ADT activity and <c>POST /api/hl7/parse</c>.</summary>
public static class AdtJson
{
    /// <summary>The workflow JSON rules (camelCase, nulls omitted) plus HL7 dates as ISO 8601 text.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The view as a JSON element.</summary>
    public static JsonElement ToJson(AdtMessage adt) => JsonSerializer.SerializeToElement(adt, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(WorkflowJson.Options);
        options.Converters.Add(new Hl7DateTimeJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
