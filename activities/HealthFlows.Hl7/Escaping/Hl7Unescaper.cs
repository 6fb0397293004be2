using System.Buffers;
using System.Globalization;
using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Decodes the escape sequences of one value, once, from the message's bytes.</summary>
/// <remarks>
/// A sequence runs from an escape character to the next one. A recognised sequence is decoded; one that is
/// not recognised keeps its opening escape character literally and scanning resumes at the closing one, so a
/// stray escape character never swallows a real sequence after it. An opening with no closing is literal.
/// </remarks>
internal static class Hl7Unescaper
{
    private const int MaxRenderedRun = 64;

    public static string Decode(ReadOnlySpan<byte> raw, Hl7Message message) =>
        Decode(raw, new Context(message.Delimiters, message.TextEncoding, message.CharacterSetEncoding, message.FormattingEscapes));

    public static string Decode(ReadOnlySpan<byte> raw, Context message)
    {
        var delimiters = message.Delimiters;
        if (delimiters.Escape is not { } escapeChar) return message.TextEncoding.GetString(raw);
        var escape = (byte)escapeChar;
        if (raw.IndexOf(escape) < 0) return message.TextEncoding.GetString(raw);

        var output = new CharBuffer(raw.Length);
        try
        {
            var literalStart = 0;
            var searchFrom = 0;
            while (true)
            {
                var open = raw[searchFrom..].IndexOf(escape);
                if (open < 0) break;
                open += searchFrom;
                var close = raw[(open + 1)..].IndexOf(escape);
                if (close < 0) break;
                close += open + 1;

                output.AppendDecoded(raw[literalStart..open], message.TextEncoding);
                if (TryAppendSequence(raw[(open + 1)..close], message, ref output))
                {
                    literalStart = close + 1;
                    searchFrom = close + 1;
                }
                else
                {
                    // Not a sequence: the opening escape stays literal and the closing one may open the next sequence.
                    output.AppendDecoded(raw[open..close], message.TextEncoding);
                    literalStart = close;
                    searchFrom = close;
                }
            }

            output.AppendDecoded(raw[literalStart..], message.TextEncoding);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static bool TryAppendSequence(ReadOnlySpan<byte> content, Context message, ref CharBuffer output)
    {
        if (content.IsEmpty) return false;
        var delimiters = message.Delimiters;
        if (content.Length == 1)
        {
            char? single = (char)content[0] switch
            {
                'F' => delimiters.Field,
                'S' => delimiters.Component,
                'T' => delimiters.Subcomponent,
                'R' => delimiters.Repetition,
                'E' => delimiters.Escape,
                'P' => delimiters.Truncation,
                _ => null,
            };
            if (single is { } c)
            {
                output.Append(c);
                return true;
            }
        }

        return (char)content[0] switch
        {
            'X' => TryAppendHex(content[1..], message, ref output),
            '.' => AppendFormatting(content, message, ref output),
            'H' or 'N' when content.Length == 1 => AppendKeptOrDropped(content, message, ref output),
            // Locally defined (Z), character set switches (C, M): kept as written.
            'Z' or 'C' or 'M' => AppendLiteralSequence(content, message, ref output),
            _ => false,
        };
    }

    private static bool TryAppendHex(ReadOnlySpan<byte> hex, Context message, ref CharBuffer output)
    {
        if (hex.IsEmpty || hex.Length % 2 != 0) return false;
        foreach (var b in hex)
        {
            if (!char.IsAsciiHexDigit((char)b)) return false;
        }

        var count = hex.Length / 2;
        var rented = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                rented[i] = (byte)((HexValue(hex[2 * i]) << 4) | HexValue(hex[(2 * i) + 1]));
            }

            // Hex bytes are in the declared character set, whatever the text was stored as.
            output.AppendDecoded(rented.AsSpan(0, count), message.CharacterSetEncoding);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal readonly record struct Context(Hl7Delimiters Delimiters, Encoding TextEncoding, Encoding CharacterSetEncoding, Hl7FormattingEscapes FormattingEscapes);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool AppendFormatting(ReadOnlySpan<byte> content, Context message, ref CharBuffer output)
    {
        if (content.Length < 3) return false;
        var command = content[1..3];
        var argument = content[3..];
        var known = command.SequenceEqual("br"u8) || command.SequenceEqual("sp"u8) || command.SequenceEqual("fi"u8)
            || command.SequenceEqual("nf"u8) || command.SequenceEqual("in"u8) || command.SequenceEqual("ti"u8)
            || command.SequenceEqual("sk"u8) || command.SequenceEqual("ce"u8);
        if (!known) return false;
        if (message.FormattingEscapes == Hl7FormattingEscapes.Keep) return AppendLiteralSequence(content, message, ref output);

        if (command.SequenceEqual("br"u8)) output.Append('\n');
        else if (command.SequenceEqual("sp"u8)) output.Append('\n', Count(argument, 1));
        else if (command.SequenceEqual("sk"u8)) output.Append(' ', Count(argument, 1));
        return true;
    }

    private static int Count(ReadOnlySpan<byte> argument, int fallback)
    {
        Span<char> chars = stackalloc char[Math.Min(argument.Length, 16)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)argument[i];
        var parsed = int.TryParse(chars.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        return Math.Clamp(parsed, 0, MaxRenderedRun);
    }

    private static bool AppendKeptOrDropped(ReadOnlySpan<byte> content, Context message, ref CharBuffer output) =>
        message.FormattingEscapes == Hl7FormattingEscapes.Render || AppendLiteralSequence(content, message, ref output);

    private static bool AppendLiteralSequence(ReadOnlySpan<byte> content, Context message, ref CharBuffer output)
    {
        var escape = message.Delimiters.Escape!.Value;
        output.Append(escape);
        output.AppendDecoded(content, message.TextEncoding);
        output.Append(escape);
        return true;
    }
}
