using System.Text;
using HealthFlows.Hl7;
using HealthFlows.Hl7.Acks;
using HealthFlows.Runtime.Execution;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Writes framed ACKs with the toolkit's generator: the original's delimiters and character set, MSA-2 its control id.</summary>
internal sealed class MllpAcknowledger(TimeProvider clock, IdGenerator ids)
{
    // MSA-3 is 80 characters in v2.5; longer text is cut so strict receivers still read the ACK.
    private const int MaxText = 80;

    public byte[] For(Hl7Message original, Hl7AckCode code, string? text, Hl7ParseError? error = null) =>
        Frame(Hl7Ack.Create(original, Request(code, text, error)), original.TextEncoding);

    public byte[] ForUnreadable(Hl7AckCode code, string? text, Hl7ParseError? error) =>
        Frame(Hl7Ack.CreateForUnreadable(Request(code, text, error)), Encoding.ASCII);

    private Hl7AckRequest Request(Hl7AckCode code, string? text, Hl7ParseError? error) =>
        new(code, NewControlId(), clock.GetUtcNow()) { Text = Cut(text), Error = error };

    // MSH-10 holds 20 characters in v2.5: keep the random tail of a new id.
    private string NewControlId()
    {
        var id = ids.NewId();
        return string.Concat("A", id.AsSpan(id.Length - 19));
    }

    private static string? Cut(string? text) => text is { Length: > MaxText } ? string.Concat(text.AsSpan(0, MaxText - 3), "...") : text;

    private static byte[] Frame(string ack, Encoding encoding)
    {
        var body = encoding.GetBytes(ack);
        var framed = new byte[body.Length + 3];
        framed[0] = MllpFrameDecoder.StartBlock;
        body.CopyTo(framed, 1);
        framed[^2] = MllpFrameDecoder.EndBlock;
        framed[^1] = MllpFrameDecoder.CarriageReturn;
        return framed;
    }
}
