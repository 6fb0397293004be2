using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Parses one HL7 v2 message in ER7 (pipe-delimited) form. Never throws for bad input: problems come back as values.</summary>
public static class Hl7Parser
{
    /// <summary>Parses a message held as text.</summary>
    public static Hl7ParseResult Parse(string text, Hl7ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= Hl7ParseOptions.Default;
        if (text.Length > options.MaxLength)
        {
            return new(null, [new(Hl7ParseErrorCode.TooLarge, 0, string.Empty, 0, $"The input is {text.Length} characters long; the limit is {options.MaxLength}.")]);
        }

        // Text is held as UTF-8 so that both entry points share one byte-level parser.
        return Parse(Hl7Charsets.Utf8.GetBytes(text), Hl7Charsets.Utf8, options, requireMsh: true);
    }

    /// <summary>Parses a message from bytes, decoding them by the character set MSH-18 names.</summary>
    /// <remarks>The message keeps a reference to <paramref name="data"/> rather than a copy: do not change it afterwards.</remarks>
    public static Hl7ParseResult Parse(byte[] data, Hl7ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Parse(data.AsMemory(), options);
    }

    /// <summary>Parses a message from bytes, decoding them by the character set MSH-18 names.</summary>
    /// <remarks>The message keeps a reference to <paramref name="data"/> rather than a copy: do not change it afterwards.</remarks>
    public static Hl7ParseResult Parse(ReadOnlyMemory<byte> data, Hl7ParseOptions? options = null) =>
        Parse(data, textEncoding: null, options ?? Hl7ParseOptions.Default, requireMsh: true);

    internal static Hl7ParseResult Parse(ReadOnlyMemory<byte> data, Encoding? textEncoding, Hl7ParseOptions options, bool requireMsh)
    {
        var scanned = Hl7Scanner.Scan(data, textEncoding ?? options.DefaultEncoding, options, allowBatchHeader: !requireMsh);
        if (scanned.Message is not { } message) return scanned;

        List<Hl7ParseError>? errors = null;
        var header = message[0];
        var charsetEncoding = options.DefaultEncoding;
        if (header.TryLocate(18, 1, 0, 0, out var charsetStart, out var charsetLength, out _) && charsetLength > 0)
        {
            if (!Hl7Charsets.TryGetEncoding(message.Data.Span.Slice(charsetStart, charsetLength), options.DefaultEncoding, out charsetEncoding))
            {
                var characterSet = header.GetRaw(18, 1);
                (errors ??= []).Add(new(Hl7ParseErrorCode.UnsupportedCharacterSet, 0, header.Name, 18,
                    $"{header.Name}-18 names the character set '{characterSet}', which this toolkit cannot decode; it was read as {options.DefaultEncoding.WebName}."));
            }
        }

        if (requireMsh && options.RequireTypeAndControlId)
        {
            if (!header.HasValue(9, 1, 1))
            {
                (errors ??= []).Add(new(Hl7ParseErrorCode.MissingMessageType, 0, "MSH", 9, "MSH-9 (message type) is required and has no message code."));
            }

            if (!header.HasValue(10, 1, 0))
            {
                (errors ??= []).Add(new(Hl7ParseErrorCode.MissingControlId, 0, "MSH", 10, "MSH-10 (message control id) is required."));
            }
        }

        var final = message.WithEncodings(textEncoding ?? charsetEncoding, charsetEncoding);
        if (errors is null) return ReferenceEquals(final, message) ? scanned : new(final, scanned.Errors);
        errors.AddRange(scanned.Errors);
        return new(final, errors);
    }
}
