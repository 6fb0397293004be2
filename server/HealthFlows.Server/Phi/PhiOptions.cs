namespace HealthFlows.Server.Phi;

/// <summary>
/// The <c>HealthFlows:Phi</c> section: what the instance API masks and who may reveal it. A list left unset takes its
/// default; a list set in configuration replaces the default entirely.
/// </summary>
public sealed class PhiOptions
{
    public const string SectionName = "HealthFlows:Phi";

    /// <summary>The default HL7 fields: patient identifiers, names, birth date, addresses, phones, account, SSN, licence, next of kin, merged identity.</summary>
    public static readonly IReadOnlyList<string> DefaultHl7Fields =
        ["PID-2", "PID-3", "PID-4", "PID-5", "PID-6", "PID-7", "PID-9", "PID-11", "PID-13", "PID-14", "PID-18", "PID-19", "PID-20", "PID-29",
         "NK1-2", "NK1-4", "NK1-5", "NK1-6", "MRG-1", "MRG-3", "MRG-7", "NTE-3"];

    /// <summary>The default JSON property names: FHIR Patient/RelatedPerson elements and the typed ADT view's patient fields.</summary>
    public static readonly IReadOnlyList<string> DefaultJsonProperties =
        ["name", "names", "given", "family", "birthDate", "address", "addresses", "telecom", "phones", "homePhones", "businessPhones",
         "identifier", "identifiers", "accountNumber", "priorIdentifiers", "priorAccountNumber", "priorName", "deathTime", "contact", "photo",
         "subject", "note", "notes", "text", "mrn", "ssn", "phone", "email", "dob", "dateOfBirth", "firstName", "lastName", "fullName"];

    /// <summary>The default property names whose free text stays visible with <see cref="MaskFreeText"/>: message metadata and outcomes, never people.</summary>
    public static readonly IReadOnlyList<string> DefaultVisibleProperties =
        ["controlId", "messageType", "eventType", "triggerEvent", "status", "action", "accepted", "patientClass", "documentNumber", "resourceType",
         "code", "system", "version", "method", "path", "contentType", "content-type", "department", "costCenter", "currency", "mode", "outcome", "state", "kind"];

    /// <summary>HL7 v2 fields (<c>SEG-n</c>) masked in every occurrence of the segment; default <see cref="DefaultHl7Fields"/>.</summary>
    public List<string>? Hl7Fields { get; set; }

    /// <summary>JSON property names (any case) whose whole value is masked; default <see cref="DefaultJsonProperties"/>.</summary>
    public List<string>? JsonProperties { get; set; }

    /// <summary>
    /// Mask every string of a payload that is neither HL7 (masked field-wise) nor JSON (masked by these rules) nor under a
    /// property in <see cref="VisibleProperties"/>; journal messages too. Catches patient data a workflow copies into fields
    /// of its own naming, at the price of hiding most text from callers without the PHI permission. Default false.
    /// </summary>
    public bool MaskFreeText { get; set; }

    /// <summary>With <see cref="MaskFreeText"/>: property names whose text stays visible; default <see cref="DefaultVisibleProperties"/>.</summary>
    public List<string>? VisibleProperties { get; set; }

    /// <summary>Roles that may reveal masked payloads. Default: <c>PhiViewer</c> and <c>Admin</c>.</summary>
    public List<string>? RevealRoles { get; set; }

    /// <summary>What a masked value is replaced with. Default <c>***</c>.</summary>
    public string Mask { get; set; } = "***";

    public IReadOnlyList<string> EffectiveHl7Fields => Hl7Fields ?? DefaultHl7Fields;

    public IReadOnlyList<string> EffectiveJsonProperties => JsonProperties ?? DefaultJsonProperties;

    public IReadOnlyList<string> EffectiveVisibleProperties => VisibleProperties ?? DefaultVisibleProperties;

    public IReadOnlyList<string> EffectiveRevealRoles => RevealRoles ?? [PhiAccess.PhiViewer, Security.ApiKeyDefaults.RoleAdmin];
}
