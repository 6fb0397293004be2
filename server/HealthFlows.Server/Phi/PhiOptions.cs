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
         "NK1-2", "NK1-4", "NK1-5", "NK1-6", "MRG-1", "MRG-3", "MRG-7"];

    /// <summary>The default JSON property names: FHIR Patient/RelatedPerson elements and the typed ADT view's patient fields.</summary>
    public static readonly IReadOnlyList<string> DefaultJsonProperties =
        ["name", "names", "given", "family", "birthDate", "address", "addresses", "telecom", "phones", "homePhones", "businessPhones",
         "identifier", "identifiers", "accountNumber", "priorIdentifiers", "priorAccountNumber", "priorName", "deathTime", "contact", "photo"];

    /// <summary>HL7 v2 fields (<c>SEG-n</c>) masked in every occurrence of the segment; default <see cref="DefaultHl7Fields"/>.</summary>
    public List<string>? Hl7Fields { get; set; }

    /// <summary>JSON property names (any case) whose whole value is masked; default <see cref="DefaultJsonProperties"/>.</summary>
    public List<string>? JsonProperties { get; set; }

    /// <summary>Roles that may reveal masked payloads. Default: <c>PhiViewer</c> and <c>Admin</c>.</summary>
    public List<string>? RevealRoles { get; set; }

    /// <summary>What a masked value is replaced with. Default <c>***</c>.</summary>
    public string Mask { get; set; } = "***";

    public IReadOnlyList<string> EffectiveHl7Fields => Hl7Fields ?? DefaultHl7Fields;

    public IReadOnlyList<string> EffectiveJsonProperties => JsonProperties ?? DefaultJsonProperties;

    public IReadOnlyList<string> EffectiveRevealRoles => RevealRoles ?? [PhiAccess.PhiViewer, Security.ApiKeyDefaults.RoleAdmin];
}
