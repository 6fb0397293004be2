using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>The canonical JSON settings for workflow documents, and the JSON Schema generated from the model.</summary>
public static class WorkflowJson
{
    /// <summary>camelCase, enums as camelCase strings, nulls omitted.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a workflow document; throws <see cref="JsonException"/> when it is not one.</summary>
    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options) ?? throw new JsonException("The document is empty (null).");

    /// <summary>Writes a workflow document, indented.</summary>
    public static string Serialize(WorkflowDefinition definition) =>
        JsonSerializer.Serialize(definition, IndentedOptions);

    /// <summary>A deep copy made through the canonical format.</summary>
    public static WorkflowDefinition Clone(WorkflowDefinition definition) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(JsonSerializer.SerializeToUtf8Bytes(definition, Options), Options)!;

    /// <summary>The JSON Schema (draft 2020-12) of the workflow format, generated from the model classes.</summary>
    public static string GenerateSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,

            // "Any JSON value" as {} rather than true: some validators only read object schemas.
            TransformSchemaNode = (_, node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.True ? new JsonObject() : node,
        };
        var schema = Options.GetJsonSchemaAsNode(typeof(WorkflowDefinition), exporterOptions).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://healthflows.example/schemas/workflow.schema.json",
            ["title"] = "HealthFlows workflow definition",
            ["description"] = "A flowchart workflow; see docs/workflow-format.md.",
        };
        foreach (var (key, value) in schema)
        {
            document[key] = value?.DeepClone();
        }

        return document.ToJsonString(IndentedOptions) + "\n";
    }

    private static readonly JsonSerializerOptions IndentedOptions = new(CreateOptions()) { WriteIndented = true };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 64,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new DurationJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
