namespace HealthFlows.Hl7.Adt;

/// <summary>A location (PL), e.g. the assigned patient location PV1-3.</summary>
/// <param name="PointOfCare">PL-1, the nursing unit or clinic.</param>
/// <param name="Room">PL-2.</param>
/// <param name="Bed">PL-3.</param>
/// <param name="Facility">PL-4, the facility's namespace id.</param>
/// <param name="Building">PL-7.</param>
/// <param name="Floor">PL-8.</param>
public sealed record PatientLocation(string PointOfCare, string Room, string Bed, string Facility, string Building, string Floor)
{
    internal static PatientLocation Read(ElementReader pl) =>
        new(pl.Text(1, 1), pl.Text(2, 1), pl.Text(3, 1), pl.FirstOf(4, 1, 2), pl.Text(7, 1), pl.Text(8, 1));
}
