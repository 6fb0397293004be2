using System.Text.Json;
using HealthFlows.Activities.Healthcare.Fhir;
using HealthFlows.Hl7;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Healthcare;

/// <summary>Maps a raw HL7 v2 ADT message to a FHIR R4 Patient, Encounter and Bundle.</summary>
/// <remarks>
/// Bad input is an outcome, never an exception: a message that does not parse, has no PID, or carries a malformed
/// date follows Invalid with the reasons. Nothing is written to the process log, because the message is patient data.
/// </remarks>
[Activity("MapAdtToFhir", "Healthcare", DisplayName = "Map ADT to FHIR", Outcomes = [Mapped, Invalid], Icon = "fhir",
    Description = "Maps a raw HL7 v2 ADT message to FHIR R4 (PID to Patient, PV1 to Encounter, MRG to a replaced Patient) after the HL7 v2-to-FHIR guide, with a collection Bundle of them; Invalid lists the reasons.")]
public sealed class MapAdtToFhir : Activity
{
    public const string Mapped = "Mapped";
    public const string Invalid = "Invalid";

    [Input(Description = "The raw HL7 v2 message (ER7 text), e.g. input.message, or input when the body is the message itself.", UIHint = "multiline", Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> Message { get; } = new();

    [Input(DisplayName = "Time zone", Description = "The time zone (IANA id, e.g. Europe/Berlin) of HL7 times that carry no UTC offset; FHIR times need one.")]
    public Input<string> TimeZone { get; } = new("UTC");

    [Output(Description = "The FHIR Patient (PID-3, -5, -7, -8, -11, -13, -14, -29, -30).")]
    public Output<JsonElement> Patient { get; } = new();

    [Output(Description = "The FHIR Encounter (PV1) with the patient as its subject; absent when the message has no PV1.")]
    public Output<JsonElement> Encounter { get; } = new();

    [Output(Description = "A FHIR Bundle of type collection: the patient, the encounter and any merged-away patient, each with a urn:uuid fullUrl.")]
    public Output<JsonElement> Bundle { get; } = new();

    [Output(Description = "Why the message is Invalid; empty when it mapped.")]
    public Output<List<string>> Reasons { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.GetJson(Message) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Reject(context, ["The message input gives no HL7 text."]);
        }

        var zoneId = context.Get(TimeZone);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? "UTC" : zoneId, out var zone))
        {
            return Reject(context, [$"Time zone '{zoneId}' is not known."]);
        }

        var result = Hl7Parser.Parse(text);
        if (!result.IsValid || result.Message is not { } message)
        {
            return Reject(context, [.. result.Errors.Select(error => error.Location.Length > 0 ? $"{error.Location}: {error.Message}" : error.Message)]);
        }

        var mapping = AdtToFhirMapper.Map(message, zone);
        if (!mapping.IsMapped)
        {
            return Reject(context, [.. mapping.Reasons]);
        }

        context.Set(Patient, FhirJson.ToElement(mapping.Patient!));
        if (mapping.Encounter is { } encounter) context.Set(Encounter, FhirJson.ToElement(encounter));
        context.Set(Bundle, FhirJson.ToElement(mapping.Bundle!));
        context.Set(Reasons, []);
        return ValueTask.FromResult(ActivityResult.Complete(Mapped));
    }

    private ValueTask<ActivityResult> Reject(ActivityExecutionContext context, List<string> reasons)
    {
        context.Set(Reasons, reasons);
        return ValueTask.FromResult(ActivityResult.Complete(Invalid));
    }
}
