namespace HealthFlows.Hl7.Adt;

/// <summary>The patient as the PID segment describes them.</summary>
public sealed record AdtPatient
{
    /// <summary>PID-3, every identifier with its assigning authority and type.</summary>
    public required IReadOnlyList<PatientIdentifier> Identifiers { get; init; }

    /// <summary>PID-5, every name; the first is usually the legal name.</summary>
    public required IReadOnlyList<PersonName> Names { get; init; }

    /// <summary>PID-7, the date (and possibly time) of birth; null when absent, an explicit null or malformed.</summary>
    public Hl7DateTime? BirthDate { get; init; }

    /// <summary>PID-8, the administrative sex code from table 0001 (F, M, O, U, A, N).</summary>
    public required string Sex { get; init; }

    /// <summary>PID-11, every address.</summary>
    public required IReadOnlyList<PostalAddress> Addresses { get; init; }

    /// <summary>PID-13, home phone numbers and e-mail addresses.</summary>
    public required IReadOnlyList<PhoneNumber> HomePhones { get; init; }

    /// <summary>PID-14, business phone numbers.</summary>
    public required IReadOnlyList<PhoneNumber> BusinessPhones { get; init; }

    /// <summary>PID-18, the patient account number.</summary>
    public PatientIdentifier? AccountNumber { get; init; }

    /// <summary>PID-29, the date and time of death.</summary>
    public Hl7DateTime? DeathTime { get; init; }

    /// <summary>PID-30, the death indicator (Y or N).</summary>
    public required string DeathIndicator { get; init; }

    /// <summary>The first name in PID-5, or null.</summary>
    public PersonName? Name => Names.Count > 0 ? Names[0] : null;

    internal static AdtPatient Read(Hl7Segment pid) => new()
    {
        Identifiers = ElementReader.ReadAll(pid, 3, PatientIdentifier.Read),
        Names = ElementReader.ReadAll(pid, 5, PersonName.Read),
        BirthDate = pid.DateTime(7),
        Sex = pid.Text(8),
        Addresses = ElementReader.ReadAll(pid, 11, PostalAddress.Read),
        HomePhones = ElementReader.ReadAll(pid, 13, PhoneNumber.Read),
        BusinessPhones = ElementReader.ReadAll(pid, 14, PhoneNumber.Read),
        AccountNumber = ElementReader.ReadFirst(pid, 18, PatientIdentifier.Read),
        DeathTime = pid.DateTime(29),
        DeathIndicator = pid.Text(30),
    };
}
