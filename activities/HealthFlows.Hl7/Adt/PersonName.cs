namespace HealthFlows.Hl7.Adt;

/// <summary>A person's name (XPN), e.g. one repetition of PID-5.</summary>
/// <param name="Family">XPN-1, the family name (its surname part).</param>
/// <param name="Given">XPN-2, the given name.</param>
/// <param name="Middle">XPN-3, further given names or initials.</param>
/// <param name="Suffix">XPN-4, e.g. JR.</param>
/// <param name="Prefix">XPN-5, e.g. DR.</param>
/// <param name="NameType">XPN-7, the name type code from table 0200 (L for legal, ...).</param>
public sealed record PersonName(string Family, string Given, string Middle, string Suffix, string Prefix, string NameType)
{
    internal static PersonName Read(ElementReader xpn) =>
        new(xpn.Text(1, 1), xpn.Text(2), xpn.Text(3), xpn.Text(4), xpn.Text(5), xpn.Text(7));
}
