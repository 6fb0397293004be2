using System.Globalization;
using System.Text;

namespace HealthFlows.Bench.Mllp;

/// <summary>ADT A01 / A04 / A08 messages as an admission system sends them, each with its own control id.</summary>
public static class AdtMessages
{
    private static readonly string[] Events = ["A01", "A04", "A08"];

    /// <summary>The <paramref name="sequence"/>-th message of <paramref name="connection"/>, framed for MLLP.</summary>
    public static byte[] Framed(int connection, long sequence)
    {
        var trigger = Events[sequence % Events.Length];
        var controlId = string.Create(CultureInfo.InvariantCulture, $"B{connection}-{sequence}");
        var text = string.Join('\r',
            $@"MSH|^~\&|ADT1|GHH|HEALTHFLOWS|GHH|20261125083000||ADT^{trigger}^ADT_A01|{controlId}|P|2.5.1",
            $"EVN|{trigger}|20261125083000",
            "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^J||19620320|F|||1 MAIN ST^^ANYTOWN^ST^12345",
            "PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|||||V-100^^^GHH^VN") + "\r";
        var payload = Encoding.UTF8.GetBytes(text);
        var frame = new byte[payload.Length + 3];
        frame[0] = 0x0B;
        payload.CopyTo(frame, 1);
        frame[^2] = 0x1C;
        frame[^1] = 0x0D;
        return frame;
    }
}
