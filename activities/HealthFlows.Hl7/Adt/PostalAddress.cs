namespace HealthFlows.Hl7.Adt;

/// <summary>An address (XAD), e.g. one repetition of PID-11.</summary>
/// <param name="Street">XAD-1, the street address line.</param>
/// <param name="OtherDesignation">XAD-2, a second line (apartment, suite).</param>
/// <param name="City">XAD-3.</param>
/// <param name="State">XAD-4, state or province.</param>
/// <param name="PostalCode">XAD-5.</param>
/// <param name="Country">XAD-6.</param>
/// <param name="AddressType">XAD-7, the type code from table 0190 (H home, B business, ...).</param>
public sealed record PostalAddress(string Street, string OtherDesignation, string City, string State, string PostalCode, string Country, string AddressType)
{
    internal static PostalAddress Read(ElementReader xad) =>
        new(xad.Text(1, 1), xad.Text(2), xad.Text(3), xad.Text(4), xad.Text(5), xad.Text(6), xad.Text(7));
}
