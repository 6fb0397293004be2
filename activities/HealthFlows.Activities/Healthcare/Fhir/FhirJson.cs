using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>The one place FHIR resources cross into and out of workflow JSON, through Firely's R4 serializers.</summary>
public static class FhirJson
{
    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>The R4 deserializer with default (strict) settings: unknown elements, bad codes and bad literals are issues.</summary>
    public static FhirJsonDeserializer Deserializer { get; } = new(new DeserializerSettings());

    /// <summary>A resource as a JSON element, in FHIR's own JSON form.</summary>
    public static JsonElement ToElement(Resource resource)
    {
        using var document = JsonDocument.Parse(Serializer.SerializeToBytes(resource));
        return document.RootElement.Clone();
    }
}
