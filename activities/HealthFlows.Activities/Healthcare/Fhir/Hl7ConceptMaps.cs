using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>
/// The v2-to-FHIR concept maps the ADT mapping needs, as the HL7 v2-to-FHIR implementation guide gives them;
/// where the guide has no target, the choice is ours and docs/fhir.md says why.
/// </summary>
public static class Hl7ConceptMaps
{
    /// <summary>Table 0001 (administrative sex) to AdministrativeGender; null for a code outside the table.</summary>
    public static AdministrativeGender? Gender(string code) => code.ToUpperInvariant() switch
    {
        "M" => AdministrativeGender.Male,
        "F" => AdministrativeGender.Female,
        "O" or "A" or "N" => AdministrativeGender.Other,
        "U" => AdministrativeGender.Unknown,
        _ => null,
    };

    /// <summary>Table 0004 (patient class) to a v3 ActCode; R and B are our additions, anything else is NullFlavor UNK.</summary>
    public static Coding EncounterClass(string code) => code.ToUpperInvariant() switch
    {
        "E" => new Coding(FhirSystems.ActCode, "EMER", "emergency"),
        "I" or "B" => new Coding(FhirSystems.ActCode, "IMP", "inpatient encounter"),
        "O" or "R" => new Coding(FhirSystems.ActCode, "AMB", "ambulatory"),
        "P" => new Coding(FhirSystems.ActCode, "PRENC", "pre-admission"),
        _ => new Coding(FhirSystems.NullFlavor, "UNK", "unknown"),
    };

    /// <summary>Table 0200 (name type) to HumanName.use; null where the guide gives no target.</summary>
    public static HumanName.NameUse? NameUse(string code) => code.ToUpperInvariant() switch
    {
        "L" or "R" => HumanName.NameUse.Official,
        "D" => HumanName.NameUse.Usual,
        "M" => HumanName.NameUse.Maiden,
        "N" => HumanName.NameUse.Nickname,
        "MSK" => HumanName.NameUse.Anonymous,
        "TEMP" or "NAV" => HumanName.NameUse.Temp,
        "BAD" => HumanName.NameUse.Old,
        _ => null,
    };

    /// <summary>Table 0190 (address type) to Address.use; null when the code says nothing about use.</summary>
    public static Address.AddressUse? AddressUse(string code) => code.ToUpperInvariant() switch
    {
        "H" => Address.AddressUse.Home,
        "B" or "O" => Address.AddressUse.Work,
        "C" => Address.AddressUse.Temp,
        "BA" => Address.AddressUse.Old,
        _ => null,
    };

    /// <summary>Table 0190 to Address.type: mailing and shipping addresses are postal, as the guide maps them.</summary>
    public static Address.AddressType? AddressType(string code) => code.ToUpperInvariant() switch
    {
        "M" or "SH" => Address.AddressType.Postal,
        _ => null,
    };

    /// <summary>Table 0201 (telecommunication use) to ContactPoint.use; null leaves the field's default.</summary>
    public static ContactPoint.ContactPointUse? TelecomUse(string code) => code.ToUpperInvariant() switch
    {
        "PRN" => ContactPoint.ContactPointUse.Home,
        "WPN" => ContactPoint.ContactPointUse.Work,
        "PRS" => ContactPoint.ContactPointUse.Mobile,
        _ => null,
    };

    /// <summary>Table 0202 (telecommunication equipment) to ContactPoint.system; a number with no type is a phone.</summary>
    public static ContactPoint.ContactPointSystem TelecomSystem(string equipment) => equipment.ToUpperInvariant() switch
    {
        "FX" => ContactPoint.ContactPointSystem.Fax,
        "BP" => ContactPoint.ContactPointSystem.Pager,
        "INTERNET" or "X.400" => ContactPoint.ContactPointSystem.Email,
        "MD" or "TDD" or "TTY" => ContactPoint.ContactPointSystem.Other,
        _ => ContactPoint.ContactPointSystem.Phone,
    };
}
