using HealthFlows.Hl7;
using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>What one ADT-to-FHIR mapping shares: the zone for times without an offset and the reasons collected so far.</summary>
internal sealed class MappingContext(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public List<string> Reasons { get; } = [];

    /// <summary>
    /// Reads a DTM field's first component: absent, empty and the explicit null <c>""</c> are no date (they never reach
    /// the parser); text that is not a DTM adds a reason naming the field, never the value, which may be patient data.
    /// </summary>
    public Hl7DateTime? Date(Hl7Segment segment, int field, string meaning)
    {
        var text = segment.GetValue(field, 1, 1);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Hl7DateTime.TryParse(text, out var value)) return value;
        Reasons.Add($"{segment.Name}-{field} ({meaning}) is not an HL7 date/time (YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]).");
        return null;
    }

    /// <summary>
    /// One repetition of a CX field as an Identifier: CX-1 the value, CX-5 the type (table 0203), CX-4 the assigning
    /// authority as the assigner and, when its universal id says what it is (ISO, UUID, URI), as the system.
    /// </summary>
    public static Identifier? Identifier(Hl7Segment segment, int field, int repetition)
    {
        var value = Text(segment, field, repetition, 1);
        if (value.Length == 0) return null;

        var identifier = new Identifier { Value = value };
        var type = Text(segment, field, repetition, 5);
        if (type.Length > 0) identifier.Type = new CodeableConcept(FhirSystems.IdentifierType, type);

        var namespaceId = Text(segment, field, repetition, 4, 1);
        var universalId = Text(segment, field, repetition, 4, 2);
        identifier.System = SystemFor(universalId, Text(segment, field, repetition, 4, 3));
        var authority = namespaceId.Length > 0 ? namespaceId : universalId;
        if (authority.Length > 0) identifier.Assigner = new ResourceReference { Display = authority };
        return identifier;
    }

    /// <summary>Every non-empty repetition of a CX field.</summary>
    public static IEnumerable<Identifier> Identifiers(Hl7Segment segment, int field)
    {
        var count = segment.GetRepetitionCount(field);
        for (var repetition = 1; repetition <= count; repetition++)
        {
            if (Identifier(segment, field, repetition) is { } identifier) yield return identifier;
        }
    }

    private static string Text(Hl7Segment segment, int field, int repetition, int component, int subcomponent = 0) =>
        segment.GetValue(field, repetition, component, subcomponent)?.Trim() ?? string.Empty;

    // HD-3 (table 0301) says how to read HD-2; a bare namespace id is no URI, so it stays a display only.
    private static string? SystemFor(string universalId, string universalIdType)
    {
        if (universalId.Length == 0) return null;
        return universalIdType.ToUpperInvariant() switch
        {
            "ISO" when IsOid(universalId) => "urn:oid:" + universalId,
            "UUID" when Guid.TryParse(universalId, out var uuid) => "urn:uuid:" + uuid.ToString("D"),
            "URI" or "URL" when Uri.TryCreate(universalId, UriKind.Absolute, out _) && !universalId.Any(char.IsWhiteSpace) => universalId,
            _ => null,
        };
    }

    // FHIR's oid pattern: a first arc of 0, 1 or 2, then arcs of digits without leading zeros.
    private static bool IsOid(string text) =>
        text.Split('.') is { Length: > 1 } arcs
        && arcs[0] is "0" or "1" or "2"
        && arcs.All(arc => arc.Length > 0 && arc.All(char.IsAsciiDigit) && (arc.Length == 1 || arc[0] != '0'));
}
