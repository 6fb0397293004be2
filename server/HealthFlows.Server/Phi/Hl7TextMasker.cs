using HealthFlows.Hl7;

namespace HealthFlows.Server.Phi;

/// <summary>
/// Masks configured fields of HL7 v2 text found inside a string, with the HL7 toolkit: the message is parsed, copied with
/// the masked fields replaced and written back with the same segment terminator, so the rest stays readable.
/// </summary>
public sealed class Hl7TextMasker(IReadOnlyList<Hl7FieldRule> rules, string mask)
{
    private static readonly string[] HeaderNames = ["MSH", "FHS", "BHS"];

    /// <summary>Masks the HL7 message in <paramref name="text"/>, if there is one; text before it is kept.</summary>
    public bool TryMask(string text, out string masked)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = FindMessageStart(text);
        masked = start < 0 ? text : string.Concat(text.AsSpan(0, start), MaskMessage(text[start..]));
        return start >= 0;
    }

    /// <summary>Where a header segment starts: MSH, FHS or BHS followed by a field separator, at the start of the text or of a line.</summary>
    private static int FindMessageStart(string text)
    {
        var first = -1;
        foreach (var name in HeaderNames)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var separatorFollows = at + 3 < text.Length && text[at + 3] is > ' ' and < '\u007f' && !char.IsAsciiLetterOrDigit(text[at + 3]);
                var startsSegment = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]);
                if (separatorFollows && startsSegment)
                {
                    first = first < 0 ? at : Math.Min(first, at);
                    break;
                }
            }
        }

        return first;
    }

    private string MaskMessage(string hl7)
    {
        var parsed = Hl7Parser.Parse(hl7);
        if (parsed.Message is not { } message || !message.Segments.Any() || !message[0].Is("MSH"))
        {
            // Not readable as one message (a batch header, broken delimiters): nothing in it can be shown safely.
            return mask;
        }

        var builder = Hl7MessageBuilder.From(message);
        var encodedMask = Hl7Escaping.Escape(mask, message.Delimiters);
        foreach (var rule in rules)
        {
            for (var occurrence = 1; builder.FindSegment(rule.Segment, occurrence) is { } segment; occurrence++)
            {
                if (segment.GetFieldRaw(rule.Field).Length > 0)
                {
                    segment.SetRaw(rule.Field, encodedMask);
                }
            }
        }

        var terminator = hl7.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : hl7.Contains('\r', StringComparison.Ordinal) ? "\r" : "\n";
        var written = builder.Write(terminator);
        return hl7.EndsWith('\r') || hl7.EndsWith('\n') ? written : written[..^terminator.Length];
    }
}
