using HealthFlows.Hl7;
using HealthFlows.Hl7.Adt;
using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>PID (and MRG) to Patient, after the v2-to-FHIR guide's PID[Patient] segment map.</summary>
internal static class PatientMapper
{
    /// <summary>The patient a PID segment describes; bad dates become reasons in <paramref name="context"/>.</summary>
    public static Patient Map(Hl7Segment pid, AdtPatient view, MappingContext context)
    {
        var patient = new Patient();
        patient.Identifier.AddRange(MappingContext.Identifiers(pid, 3));
        patient.Name.AddRange(view.Names.Select(Name).OfType<HumanName>());
        if (context.Date(pid, 7, "date of birth") is { } birth)
        {
            var date = new Date(FhirDates.Date(birth));
            // A time of birth has no place in a date; the core extension carries it.
            if (birth.Precision > Hl7DateTimePrecision.Day)
            {
                date.Extension.Add(new Extension(FhirSystems.PatientBirthTime, new FhirDateTime(FhirDates.DateTime(birth, context.Zone))));
            }

            patient.BirthDateElement = date;
        }

        patient.Gender = Hl7ConceptMaps.Gender(view.Sex);
        patient.Address.AddRange(view.Addresses.Select(Address).OfType<Address>());
        patient.Telecom.AddRange(view.HomePhones.Select(phone => Telecom(phone, ContactPoint.ContactPointUse.Home)).OfType<ContactPoint>());
        patient.Telecom.AddRange(view.BusinessPhones.Select(phone => Telecom(phone, ContactPoint.ContactPointUse.Work)).OfType<ContactPoint>());
        patient.Deceased = Deceased(pid, view, context);
        return patient;
    }

    /// <summary>The record an MRG segment merges away: its old identifiers, inactive, replaced by the surviving patient.</summary>
    public static Patient? MapMerged(Hl7Segment mrg, AdtMerge view)
    {
        var identifiers = MappingContext.Identifiers(mrg, 1).ToList();
        if (identifiers.Count == 0) return null;
        foreach (var identifier in identifiers) identifier.Use = Identifier.IdentifierUse.Old;
        var merged = new Patient { Active = false };
        merged.Identifier.AddRange(identifiers);
        if (view.PriorName is { } name && Name(name) is { } prior) merged.Name.Add(prior);
        return merged;
    }

    private static HumanName? Name(PersonName name)
    {
        var given = new[] { name.Given, name.Middle }.Where(part => part.Length > 0).ToList();
        if (name.Family.Length == 0 && given.Count == 0) return null;
        var human = new HumanName { Use = Hl7ConceptMaps.NameUse(name.NameType) };
        if (name.Family.Length > 0) human.Family = name.Family;
        if (given.Count > 0) human.Given = given;
        if (name.Prefix.Length > 0) human.Prefix = [name.Prefix];
        if (name.Suffix.Length > 0) human.Suffix = [name.Suffix];
        return human;
    }

    private static Address? Address(PostalAddress address)
    {
        var lines = new[] { address.Street, address.OtherDesignation }.Where(part => part.Length > 0).ToList();
        if (lines.Count == 0 && address.City.Length == 0 && address.State.Length == 0 && address.PostalCode.Length == 0 && address.Country.Length == 0)
        {
            return null;
        }

        return new Address
        {
            Line = lines,
            City = NullIfEmpty(address.City),
            State = NullIfEmpty(address.State),
            PostalCode = NullIfEmpty(address.PostalCode),
            Country = NullIfEmpty(address.Country),
            Use = Hl7ConceptMaps.AddressUse(address.AddressType),
            Type = Hl7ConceptMaps.AddressType(address.AddressType),
        };
    }

    // The field decides home or work; a use code (PRS is mobile) or a cell phone (CP) says more.
    private static ContactPoint? Telecom(PhoneNumber phone, ContactPoint.ContactPointUse fieldUse)
    {
        var isEmail = phone.UseCode.Equals("NET", StringComparison.OrdinalIgnoreCase) || phone.Email.Length > 0 && phone.Number.Length == 0;
        var value = isEmail && phone.Email.Length > 0 ? phone.Email : phone.Number;
        if (value.Length == 0) return null;
        var use = Hl7ConceptMaps.TelecomUse(phone.UseCode) ?? fieldUse;
        if (phone.EquipmentType.Equals("CP", StringComparison.OrdinalIgnoreCase)) use = ContactPoint.ContactPointUse.Mobile;
        var system = isEmail ? ContactPoint.ContactPointSystem.Email : Hl7ConceptMaps.TelecomSystem(phone.EquipmentType);
        return new ContactPoint(system, use, value);
    }

    // PID-29 wins; PID-30 alone says only whether the patient died.
    private static DataType? Deceased(Hl7Segment pid, AdtPatient view, MappingContext context)
    {
        if (context.Date(pid, 29, "date and time of death") is { } death) return new FhirDateTime(FhirDates.DateTime(death, context.Zone));
        return view.DeathIndicator.ToUpperInvariant() switch
        {
            "Y" => new FhirBoolean(true),
            "N" => new FhirBoolean(false),
            _ => null,
        };
    }

    private static string? NullIfEmpty(string text) => text.Length > 0 ? text : null;
}
