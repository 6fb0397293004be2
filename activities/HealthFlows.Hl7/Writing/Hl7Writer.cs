using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Writes a parsed message back out; for well-formed input, parse then write gives the same text.</summary>
public static class Hl7Writer
{
    /// <summary>The message as text, each segment followed by <paramref name="segmentTerminator"/> (carriage return by default).</summary>
    public static string Write(Hl7Message message, string segmentTerminator = "\r")
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder(message.Data.Length + message.SegmentCount);
        foreach (var segment in message.Segments) text.Append(segment.ToString()).Append(segmentTerminator);
        return text.ToString();
    }

    /// <summary>The message as bytes in the character set MSH-18 declares, each segment followed by a carriage return.</summary>
    public static byte[] WriteBytes(Hl7Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TextEncoding.CodePage != message.CharacterSetEncoding.CodePage)
        {
            return message.CharacterSetEncoding.GetBytes(Write(message));
        }

        // Same encoding: copy each segment's bytes as they are, so nothing is decoded and re-encoded.
        var output = new MemoryStream(message.Data.Length + message.SegmentCount);
        var data = message.Data.Span;
        for (var i = 0; i < message.SegmentCount; i++)
        {
            ref readonly var entry = ref message.Entry(i);
            output.Write(data[entry.Start..entry.End]);
            output.WriteByte((byte)'\r');
        }

        return output.ToArray();
    }
}
