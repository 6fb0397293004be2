namespace HealthFlows.Hl7.Adt;

/// <summary>An identifier (CX), e.g. one repetition of PID-3 or the visit number PV1-19.</summary>
/// <param name="Id">CX-1, the identifier itself.</param>
/// <param name="AssigningAuthority">CX-4, the namespace id of the authority that issued it (or its universal id).</param>
/// <param name="IdentifierType">CX-5, the type code from table 0203 (MR, PI, AN, VN, ...).</param>
/// <param name="AssigningFacility">CX-6, the facility's namespace id.</param>
public sealed record PatientIdentifier(string Id, string AssigningAuthority, string IdentifierType, string AssigningFacility)
{
    internal static PatientIdentifier Read(ElementReader cx) =>
        new(cx.Text(1), cx.FirstOf(4, 1, 2), cx.Text(5), cx.FirstOf(6, 1, 2));
}
