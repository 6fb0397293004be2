namespace HealthFlows.Hl7.Adt;

/// <summary>A typed view of an ADT or DFT message: event, patient (PID), visit (PV1), merge (MRG) and charges (FT1).</summary>
/// <remarks>Text properties read an absent value and an explicit HL7 null alike as empty; use paths on <see cref="Hl7Message"/> to tell them apart.</remarks>
public sealed record AdtMessage
{
    /// <summary>The message type, e.g. <c>ADT^A01</c> or <c>DFT^P03</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The trigger event: MSH-9-2, or EVN-1 when MSH-9 has none (e.g. <c>A01</c>, <c>A40</c>, <c>P03</c>).</summary>
    public required string EventType { get; init; }

    /// <summary>MSH-10, the message control id.</summary>
    public required string ControlId { get; init; }

    /// <summary>MSH-3-1, the sending application.</summary>
    public required string SendingApplication { get; init; }

    /// <summary>MSH-4-1, the sending facility.</summary>
    public required string SendingFacility { get; init; }

    /// <summary>EVN-2 (or MSH-7), when the event was recorded.</summary>
    public Hl7DateTime? RecordedAt { get; init; }

    /// <summary>The patient from the first PID segment, or null when there is none.</summary>
    public AdtPatient? Patient { get; init; }

    /// <summary>The visit from the first PV1 segment, or null when there is none.</summary>
    public AdtVisit? Visit { get; init; }

    /// <summary>The merged-away record from the first MRG segment, or null.</summary>
    public AdtMerge? Merge { get; init; }

    /// <summary>Every FT1 charge line, in order.</summary>
    public required IReadOnlyList<ChargeLine> Charges { get; init; }

    /// <summary>Reads the typed view from a parsed message; missing segments give null or empty parts, never an exception.</summary>
    public static AdtMessage From(Hl7Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var msh = message.FindSegment("MSH");
        var evn = message.FindSegment("EVN");
        var pid = message.FindSegment("PID");
        var pv1 = message.FindSegment("PV1");
        var mrg = message.FindSegment("MRG");
        var trigger = message.TriggerEvent;
        return new()
        {
            MessageType = message.MessageType,
            EventType = trigger.Length > 0 ? trigger : evn.Text(1),
            ControlId = message.ControlId,
            SendingApplication = msh.Text(3, 1),
            SendingFacility = msh.Text(4, 1),
            RecordedAt = evn.DateTime(2) ?? msh.DateTime(7),
            Patient = pid is { } p ? AdtPatient.Read(p) : null,
            Visit = pv1 is { } v ? AdtVisit.Read(v) : null,
            Merge = mrg is { } m ? AdtMerge.Read(m) : null,
            Charges = message.GetSegments("FT1").Select(ChargeLine.Read).ToList(),
        };
    }
}
