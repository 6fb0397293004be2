using HealthFlows.Hl7;
using HealthFlows.Hl7.Adt;
using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>Maps a parsed HL7 v2 ADT message to FHIR R4 resources after the HL7 v2-to-FHIR implementation guide.</summary>
/// <remarks>Never throws for message content: every problem becomes a reason.</remarks>
public static class AdtToFhirMapper
{
    /// <summary>Maps the message; HL7 times without an offset are read in <paramref name="zone"/>.</summary>
    public static AdtFhirMapping Map(Hl7Message message, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(zone);
        var adt = AdtMessage.From(message);
        if (message.FindSegment("PID") is not { } pid || adt.Patient is not { } patientView)
        {
            return new() { Reasons = ["The message has no PID segment, so there is no patient to map."] };
        }

        var context = new MappingContext(zone);
        string Urn(string role) => ResourceUuid.Urn(ResourceUuid.For(adt.SendingApplication, adt.SendingFacility, adt.ControlId, role));
        var patientUrl = Urn("Patient");
        var patient = PatientMapper.Map(pid, patientView, context);

        Encounter? encounter = null;
        var encounterUrl = Urn("Encounter");
        if (message.FindSegment("PV1") is { } pv1 && adt.Visit is { } visitView)
        {
            encounter = EncounterMapper.Map(pv1, visitView, adt.EventType, new ResourceReference(patientUrl), context);
        }

        Patient? merged = null;
        var mergedUrl = Urn("MergedPatient");
        if (message.FindSegment("MRG") is { } mrg && adt.Merge is { } mergeView && PatientMapper.MapMerged(mrg, mergeView) is { } prior)
        {
            merged = prior;
            merged.Link.Add(new Patient.LinkComponent { Other = new ResourceReference(patientUrl), Type = Patient.LinkType.ReplacedBy });
            patient.Link.Add(new Patient.LinkComponent { Other = new ResourceReference(mergedUrl), Type = Patient.LinkType.Replaces });
        }

        if (context.Reasons.Count > 0) return new() { Reasons = context.Reasons };

        // A collection, not a transaction: the mapping says what the message means, the workflow decides how to store it.
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = patientUrl, Resource = patient });
        if (encounter is not null) bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = encounterUrl, Resource = encounter });
        if (merged is not null) bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = mergedUrl, Resource = merged });
        return new() { Patient = patient, Encounter = encounter, MergedPatient = merged, Bundle = bundle, Reasons = [] };
    }
}
