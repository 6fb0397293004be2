using Hl7.Fhir.Model;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>What an ADT message maps to: the patient, the encounter when there is a PV1, and a collection Bundle of all of them.</summary>
public sealed record AdtFhirMapping
{
    public Patient? Patient { get; init; }

    /// <summary>Null when the message has no PV1 (an A40 merge, for example).</summary>
    public Encounter? Encounter { get; init; }

    /// <summary>The record merged away by an MRG segment, as an inactive Patient; null without MRG.</summary>
    public Patient? MergedPatient { get; init; }

    public Bundle? Bundle { get; init; }

    /// <summary>Why the message could not be mapped; empty on success.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    public bool IsMapped => Reasons.Count == 0 && Patient is not null && Bundle is not null;
}
