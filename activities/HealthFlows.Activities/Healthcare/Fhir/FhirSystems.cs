namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>The code system URIs the HL7 v2-to-FHIR mapping writes.</summary>
public static class FhirSystems
{
    /// <summary>HL7 table 0203, identifier type (MR, PI, VN, ...).</summary>
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";

    /// <summary>HL7 table 0069, hospital service (MED, SUR, ...).</summary>
    public const string HospitalService = "http://terminology.hl7.org/CodeSystem/v2-0069";

    /// <summary>v3 ActCode, where Encounter.class codes (IMP, AMB, EMER, PRENC) live.</summary>
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>v3 NullFlavor, for an Encounter.class the message does not state.</summary>
    public const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    /// <summary>v3 ParticipationType (ATND, REF, CON, ADM).</summary>
    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    /// <summary>Location physical type (bd bed, ro room, wa ward).</summary>
    public const string LocationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /// <summary>The core extension for a time of birth beyond the date.</summary>
    public const string PatientBirthTime = "http://hl7.org/fhir/StructureDefinition/patient-birthTime";
}
