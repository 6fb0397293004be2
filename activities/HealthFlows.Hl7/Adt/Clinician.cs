namespace HealthFlows.Hl7.Adt;

/// <summary>A clinician (XCN), e.g. the attending doctor PV1-7.</summary>
/// <param name="Id">XCN-1, the clinician's identifier.</param>
/// <param name="Family">XCN-2, the family name.</param>
/// <param name="Given">XCN-3, the given name.</param>
/// <param name="Middle">XCN-4.</param>
/// <param name="Prefix">XCN-6, e.g. DR.</param>
/// <param name="AssigningAuthority">XCN-9, who issued <paramref name="Id"/>.</param>
public sealed record Clinician(string Id, string Family, string Given, string Middle, string Prefix, string AssigningAuthority)
{
    internal static Clinician Read(ElementReader xcn) =>
        new(xcn.Text(1), xcn.Text(2, 1), xcn.Text(3), xcn.Text(4), xcn.Text(6), xcn.FirstOf(9, 1, 2));
}
