using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>Which Encounter.status an ADT event means, and whether its discharge time still stands.</summary>
public static class EncounterStatusRules
{
    /// <summary>
    /// Cancellations and plans follow the event; a cancelled discharge (A13) is in progress again whatever PV1-45 says;
    /// any other event is finished when PV1-45 gives a discharge time and in progress otherwise.
    /// </summary>
    public static Encounter.EncounterStatus StatusFor(string eventType, bool hasDischargeTime) => eventType.ToUpperInvariant() switch
    {
        "A11" or "A27" or "A38" => Encounter.EncounterStatus.Cancelled,
        "A05" or "A14" => Encounter.EncounterStatus.Planned,
        "A03" => Encounter.EncounterStatus.Finished,
        "A13" => Encounter.EncounterStatus.InProgress,
        "A21" => Encounter.EncounterStatus.Onleave,
        _ => hasDischargeTime ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.InProgress,
    };

    /// <summary>A cancelled discharge (A13) takes the discharge time back, so the period keeps no end.</summary>
    public static bool KeepsDischargeTime(string eventType) => !string.Equals(eventType, "A13", StringComparison.OrdinalIgnoreCase);
}
