using System.Globalization;
using System.Text;

namespace HealthFlows.Hl7.Batches;

/// <summary>Splits an HL7 batch file (FHS, BHS, messages, BTS, FTS) into messages; a plain run of messages without headers works too.</summary>
public static class Hl7BatchParser
{
    /// <summary>Splits and parses a batch held as text.</summary>
    public static Hl7BatchParseResult Parse(string text, Hl7ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= Hl7ParseOptions.Default;
        if (text.Length > options.MaxLength)
        {
            return new(null, [], [new(Hl7ParseErrorCode.TooLarge, 0, string.Empty, 0, $"The input is {text.Length} characters long; the limit is {options.MaxLength}.")]);
        }

        return Parse(Hl7Charsets.Utf8.GetBytes(text), Hl7Charsets.Utf8, options);
    }

    /// <summary>Splits and parses a batch from bytes; each message is decoded by its own MSH-18.</summary>
    /// <remarks>The messages keep a reference to <paramref name="data"/>: do not change it afterwards.</remarks>
    public static Hl7BatchParseResult Parse(ReadOnlyMemory<byte> data, Hl7ParseOptions? options = null) =>
        Parse(data, textEncoding: null, options ?? Hl7ParseOptions.Default);

    /// <summary>Splits and parses a batch from bytes; each message is decoded by its own MSH-18.</summary>
    public static Hl7BatchParseResult Parse(byte[] data, Hl7ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Parse(data.AsMemory(), options);
    }

    private static Hl7BatchParseResult Parse(ReadOnlyMemory<byte> data, Encoding? textEncoding, Hl7ParseOptions options)
    {
        var scanned = Hl7Parser.Parse(data, textEncoding, options, requireMsh: false);
        if (scanned.Message is not { } envelope) return new(null, [], scanned.Errors);

        var errors = new List<Hl7ParseError>(scanned.Errors);
        var messages = new List<Hl7ParseResult>();
        var messagesInBatch = 0;
        var batches = 0;
        var i = 0;
        while (i < envelope.SegmentCount)
        {
            var segment = envelope[i];
            if (segment.Is("MSH"))
            {
                var last = i;
                while (last + 1 < envelope.SegmentCount && !IsBoundary(envelope[last + 1])) last++;
                var start = envelope.Entry(i).Start;
                messages.Add(Hl7Parser.Parse(data[start..envelope.Entry(last).End], textEncoding, options, requireMsh: true));
                messagesInBatch++;
                i = last + 1;
                continue;
            }

            if (segment.Is("BHS"))
            {
                batches++;
                messagesInBatch = 0;
            }
            else if (segment.Is("BTS"))
            {
                CheckCount(segment, messagesInBatch, "BTS-1 (batch message count)", errors);
            }
            else if (segment.Is("FTS"))
            {
                CheckCount(segment, batches, "FTS-1 (file batch count)", errors);
            }
            else if (!segment.Is("FHS"))
            {
                errors.Add(new(Hl7ParseErrorCode.MissingHeader, i, segment.Name, 0, "A segment outside any message: it should follow an MSH segment."));
            }

            i++;
        }

        // The envelope reads as the messages do once their character set is known.
        if (textEncoding is null && messages.FirstOrDefault()?.Message is { } first)
        {
            envelope = envelope.WithEncodings(first.TextEncoding, first.CharacterSetEncoding);
        }

        return new(envelope, messages, errors);
    }

    private static bool IsBoundary(Hl7Segment segment) =>
        segment.Is("MSH") || segment.Is("BHS") || segment.Is("BTS") || segment.Is("FHS") || segment.Is("FTS");

    private static void CheckCount(Hl7Segment trailer, int actual, string what, List<Hl7ParseError> errors)
    {
        var stated = trailer.GetValue(1);
        if (string.IsNullOrEmpty(stated)) return;
        if (!int.TryParse(stated, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != actual)
        {
            errors.Add(new(Hl7ParseErrorCode.BatchCountMismatch, trailer.Index, trailer.Name, 1, $"{what} says {stated}, but there are {actual}."));
        }
    }
}
