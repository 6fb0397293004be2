using System.Text;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>HL7 v2 DFT^P03 charge messages as a billing system sends them to the charge-capture sample.</summary>
public static class ChargeMessages
{
    /// <summary>One charge line: the department (FT1-13), the code and description (FT1-7), quantity and unit amount.</summary>
    public sealed record Charge(string Department, string Code, string Description, int Quantity, decimal UnitAmount);

    public static readonly Charge Panel = new("LAB", "80053", "Comprehensive metabolic panel", 2, 45.50m);

    public static readonly Charge Xray = new("RAD", "71046", "Chest X-ray 2 views", 1, 120.00m);

    /// <summary>A DFT^P03 with control id <paramref name="controlId"/>, financial class BC (Blue Cross) and the charges as FT1 lines.</summary>
    public static string Dft(string controlId, params Charge[] charges)
    {
        var text = new StringBuilder()
            .Append($@"MSH|^~\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03^DFT_P03|{controlId}|P|2.5").Append('\r')
            .Append("EVN|P03|20261125080000").Append('\r')
            .Append("PID|1||100004^^^HOSP^MR||EVERYMAN^ADAM||19700101|M").Append('\r')
            .Append($"PV1|1|O|LAB^1^1^HOSP|||||||LAB|||||||||V-{controlId}^^^HOSP^VN|BC").Append('\r');
        for (var i = 0; i < charges.Length; i++)
        {
            var c = charges[i];
            var extended = (c.Quantity * c.UnitAmount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            var unit = c.UnitAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            text.Append($"FT1|{i + 1}|TX{i}||20261125073000|20261125|CG|{c.Code}^{c.Description}^CPT|{c.Description}||{c.Quantity}|{extended}&USD|{unit}&USD|{c.Department}^{c.Department} department|||{c.Department}^^^HOSP||||3000^PROVIDER^PAT|||||{c.Code}").Append('\r');
        }

        return text.ToString();
    }
}
