using HealthFlows.Hl7;
using HealthFlows.Hl7.Adt;
using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>PV1 to Encounter, after the v2-to-FHIR guide's PV1[Encounter] segment map.</summary>
/// <remarks>
/// Clinicians and the location become contained resources: the message names them but gives no server identity,
/// and a contained resource keeps their structure (name parts, identifier) where a display string would flatten it.
/// </remarks>
internal static class EncounterMapper
{
    /// <summary>The encounter a PV1 segment describes, for the patient at <paramref name="subject"/>.</summary>
    public static Encounter Map(Hl7Segment pv1, AdtVisit view, string eventType, ResourceReference subject, MappingContext context)
    {
        var encounter = new Encounter
        {
            Class = Hl7ConceptMaps.EncounterClass(view.PatientClass),
            Subject = subject,
        };
        if (MappingContext.Identifier(pv1, 19, 1) is { } visitNumber)
        {
            // PV1-19 is the visit number whatever CX-5 says.
            visitNumber.Type = new CodeableConcept(FhirSystems.IdentifierType, "VN");
            encounter.Identifier.Add(visitNumber);
        }

        AddParticipants(encounter, view);
        if (view.AssignedLocation is { } location && Location(location) is { } place)
        {
            place.Id = "location-1";
            encounter.Contained.Add(place);
            encounter.Location.Add(new Encounter.LocationComponent { Location = new ResourceReference("#location-1") });
        }

        if (view.HospitalService.Length > 0) encounter.ServiceType = new CodeableConcept(FhirSystems.HospitalService, view.HospitalService);

        var admit = context.Date(pv1, 44, "admit date/time");
        var discharge = context.Date(pv1, 45, "discharge date/time");
        if (!EncounterStatusRules.KeepsDischargeTime(eventType)) discharge = null;
        encounter.Status = EncounterStatusRules.StatusFor(eventType, discharge is not null);
        if (admit is not null || discharge is not null)
        {
            encounter.Period = new Period
            {
                Start = admit is { } start ? FhirDates.DateTime(start, context.Zone) : null,
                End = discharge is { } end ? FhirDates.DateTime(end, context.Zone) : null,
            };
        }

        if (admit is { } from && discharge is { } to && FhirDates.Instant(to, context.Zone) < FhirDates.Instant(from, context.Zone))
        {
            context.Reasons.Add("PV1-45 (discharge date/time) is before PV1-44 (admit date/time).");
        }

        return encounter;
    }

    // One contained Practitioner per clinician, however many roles they hold (attending and admitting are often the same).
    private static void AddParticipants(Encounter encounter, AdtVisit view)
    {
        var roles = new List<(string Role, string Display, Clinician Clinician)>();
        if (view.AttendingDoctor is { } attending) roles.Add(("ATND", "attender", attending));
        if (view.ReferringDoctor is { } referring) roles.Add(("REF", "referrer", referring));
        roles.AddRange(view.ConsultingDoctors.Select(consulting => ("CON", "consultant", consulting)));
        if (view.AdmittingDoctor is { } admitting) roles.Add(("ADM", "admitter", admitting));

        var ids = new Dictionary<Clinician, string>();
        foreach (var (role, display, clinician) in roles)
        {
            if (Practitioner(clinician) is not { } practitioner) continue;
            if (!ids.TryGetValue(clinician, out var id))
            {
                id = $"practitioner-{ids.Count + 1}";
                ids.Add(clinician, id);
                practitioner.Id = id;
                encounter.Contained.Add(practitioner);
            }

            encounter.Participant.Add(new Encounter.ParticipantComponent
            {
                Type = [new CodeableConcept(FhirSystems.ParticipationType, role, display)],
                Individual = new ResourceReference("#" + id),
            });
        }
    }

    private static Practitioner? Practitioner(Clinician clinician)
    {
        var given = new[] { clinician.Given, clinician.Middle }.Where(part => part.Length > 0).ToList();
        if (clinician.Id.Length == 0 && clinician.Family.Length == 0 && given.Count == 0) return null;
        var practitioner = new Practitioner();
        if (clinician.Id.Length > 0)
        {
            var identifier = new Identifier { Value = clinician.Id };
            if (clinician.AssigningAuthority.Length > 0) identifier.Assigner = new ResourceReference { Display = clinician.AssigningAuthority };
            practitioner.Identifier.Add(identifier);
        }

        if (clinician.Family.Length > 0 || given.Count > 0)
        {
            var name = new HumanName();
            if (clinician.Family.Length > 0) name.Family = clinician.Family;
            if (given.Count > 0) name.Given = given;
            if (clinician.Prefix.Length > 0) name.Prefix = [clinician.Prefix];
            practitioner.Name.Add(name);
        }

        return practitioner;
    }

    // PL: point of care / room / bed, the most specific part deciding the physical type.
    private static Location? Location(PatientLocation location)
    {
        var parts = new[] { location.PointOfCare, location.Room, location.Bed }.Where(part => part.Length > 0).ToList();
        if (parts.Count == 0) return null;
        var (code, display) = location.Bed.Length > 0 ? ("bd", "Bed") : location.Room.Length > 0 ? ("ro", "Room") : ("wa", "Ward");
        return new Location
        {
            Name = string.Join(" / ", parts),
            Description = location.Facility.Length > 0 ? $"Facility {location.Facility}" : null,
            PhysicalType = new CodeableConcept(FhirSystems.LocationPhysicalType, code, display),
            Mode = global::Hl7.Fhir.Model.Location.LocationMode.Instance,
        };
    }
}
