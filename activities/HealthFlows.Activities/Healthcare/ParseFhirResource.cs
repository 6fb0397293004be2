using System.Text.Json;
using HealthFlows.Activities.Healthcare.Fhir;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using FhirResource = Hl7.Fhir.Model.Resource;

namespace HealthFlows.Activities.Healthcare;

/// <summary>Parses FHIR R4 JSON into a resource with Firely's deserializer and answers its type, id and normalised JSON.</summary>
/// <remarks>Bad input is an outcome, never an exception: Invalid lists every problem the deserializer found, each naming its element.</remarks>
[Activity("ParseFhirResource", "Healthcare", DisplayName = "Parse FHIR resource", Outcomes = [Parsed, Invalid], Icon = "fhir",
    Description = "Parses FHIR R4 JSON (text or an object) into a resource; Parsed gives its type, id and normalised JSON, Invalid the problems, each naming its element.")]
public sealed class ParseFhirResource : Activity
{
    public const string Parsed = "Parsed";
    public const string Invalid = "Invalid";

    [Input(DisplayName = "FHIR JSON", Description = "The FHIR JSON: text (e.g. input.body) or a JSON object (e.g. input).", UIHint = "multiline", Required = true, DefaultMode = InputMode.Expression)]
    public Input<JsonElement> Json { get; } = new();

    [Input(DisplayName = "Allowed resource types", Description = "Resource types to accept, e.g. [\"Patient\", \"Encounter\"]; empty accepts every type.")]
    public Input<List<string>> AllowedResourceTypes { get; } = new([]);

    [Output(DisplayName = "Resource type", Description = "The resource type, e.g. Patient; set whenever the JSON names a known one.")]
    public Output<string> ResourceType { get; } = new();

    [Output(Description = "The resource id; absent when the resource has none.")]
    public Output<string> Id { get; } = new();

    [Output(Description = "The resource as FHIR JSON again, normalised by the serializer (element order, no whitespace, no unknown content).")]
    public Output<JsonElement> Resource { get; } = new();

    [Output(Description = "Why the resource is Invalid, each as 'element: problem'; empty when it parsed.")]
    public Output<List<string>> Reasons { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var json = context.GetJson(Json) switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { ValueKind: JsonValueKind.Object } element => element.GetRawText(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(json))
        {
            return Reject(context, ["The resource input gives no FHIR JSON (text or an object)."]);
        }

        // Firely reports problems inside a resource as issues but throws on a root that is not an object, so check that first.
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Reject(context, [$"The JSON is {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object, so not a FHIR resource."]);
            }
        }
        catch (JsonException ex)
        {
            return Reject(context, [$"The input is not JSON: {ex.Message}"]);
        }

        FhirResource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            // The instance method of the same name (over a Utf8JsonReader) hides the string extension, so call it by its class.
            PocoDeserializationExtensions.TryDeserializeResource(FhirJson.Deserializer, json, out resource, out issues);
        }
        catch (CodedException ex)
        {
            return Reject(context, [ex.Message]);
        }

        var typeName = resource is not null && ModelInfo.IsKnownResource(resource.TypeName) ? resource.TypeName : null;
        if (typeName is not null) context.Set(ResourceType, typeName);
        var reasons = issues.Select(issue => Describe(issue, typeName)).ToList();
        if (reasons.Count > 0 || resource is null)
        {
            return Reject(context, reasons.Count > 0 ? reasons : ["The JSON is not a FHIR resource."]);
        }

        var allowed = context.Get(AllowedResourceTypes) ?? [];
        if (allowed.Count > 0 && !allowed.Contains(resource.TypeName, StringComparer.Ordinal))
        {
            return Reject(context, [$"Resource type '{resource.TypeName}' is not one of the allowed types ({string.Join(", ", allowed)})."]);
        }

        if (!string.IsNullOrEmpty(resource.Id)) context.Set(Id, resource.Id);
        context.Set(Resource, FhirJson.ToElement(resource));
        context.Set(Reasons, []);
        return ValueTask.FromResult(ActivityResult.Complete(Parsed));
    }

    // Firely names the element as a path; at the root it writes $this, which reads better as the resource type.
    private static string Describe(CodedException issue, string? typeName)
    {
        if (issue is not ExtendedCodedException { InstancePath: { Length: > 0 } path } located) return issue.Message;
        if (typeName is not null && path.StartsWith("$this", StringComparison.Ordinal)) path = typeName + path["$this".Length..];
        return $"{path}: {located.BaseErrorMessage}";
    }

    private ValueTask<ActivityResult> Reject(ActivityExecutionContext context, List<string> reasons)
    {
        context.Set(Reasons, reasons);
        return ValueTask.FromResult(ActivityResult.Complete(Invalid));
    }
}
