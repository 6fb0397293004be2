namespace HealthFlows.Hl7.Adt;

/// <summary>A telecommunication address (XTN), e.g. one repetition of PID-13 or PID-14.</summary>
/// <param name="Number">XTN-1 when given, else the number built from XTN-5 (country), XTN-6 (area) and XTN-7 (local).</param>
/// <param name="UseCode">XTN-2, from table 0201 (PRN primary residence, WPN work, ...).</param>
/// <param name="EquipmentType">XTN-3, from table 0202 (PH, CP, Internet, ...).</param>
/// <param name="Email">XTN-4, the e-mail address.</param>
public sealed record PhoneNumber(string Number, string UseCode, string EquipmentType, string Email)
{
    internal static PhoneNumber Read(ElementReader xtn)
    {
        var number = xtn.Text(1);
        if (number.Length == 0)
        {
            number = string.Join(' ', new[] { xtn.Text(5) is { Length: > 0 } country ? "+" + country : "", xtn.Text(6), xtn.Text(7) }
                .Where(part => part.Length > 0));
            if (xtn.Text(8) is { Length: > 0 } extension) number += " x" + extension;
        }

        return new(number, xtn.Text(2), xtn.Text(3), xtn.Text(4));
    }
}
