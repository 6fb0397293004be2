namespace HealthFlows.Hl7.Adt;

/// <summary>The record being merged away, as the MRG segment names it (A34, A40 and other merges).</summary>
public sealed record AdtMerge
{
    /// <summary>MRG-1, the prior patient identifiers.</summary>
    public required IReadOnlyList<PatientIdentifier> PriorIdentifiers { get; init; }

    /// <summary>MRG-3, the prior patient account number.</summary>
    public PatientIdentifier? PriorAccountNumber { get; init; }

    /// <summary>MRG-5, the prior visit number.</summary>
    public PatientIdentifier? PriorVisitNumber { get; init; }

    /// <summary>MRG-7, the prior patient name.</summary>
    public PersonName? PriorName { get; init; }

    internal static AdtMerge Read(Hl7Segment mrg) => new()
    {
        PriorIdentifiers = ElementReader.ReadAll(mrg, 1, PatientIdentifier.Read),
        PriorAccountNumber = ElementReader.ReadFirst(mrg, 3, PatientIdentifier.Read),
        PriorVisitNumber = ElementReader.ReadFirst(mrg, 5, PatientIdentifier.Read),
        PriorName = ElementReader.ReadFirst(mrg, 7, PersonName.Read),
    };
}
