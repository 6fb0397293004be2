using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Reads the delimiters from the header segment and records every segment and field separator offset in one pass.</summary>
internal static class Hl7Scanner
{
    /// <summary>Scans <paramref name="data"/>; the first segment must be MSH, or FHS/BHS when <paramref name="allowBatchHeader"/>.</summary>
    public static Hl7ParseResult Scan(ReadOnlyMemory<byte> data, Encoding textEncoding, Hl7ParseOptions options, bool allowBatchHeader)
    {
        var bytes = data.Span;
        if (bytes.Length > options.MaxLength)
        {
            return new(null, [new(Hl7ParseErrorCode.TooLarge, 0, string.Empty, 0, $"The input is {bytes.Length} long; the limit is {options.MaxLength}.")]);
        }

        var first = SkipTerminatorsAndBom(bytes, 0);
        if (first >= bytes.Length)
        {
            return new(null, [new(Hl7ParseErrorCode.Empty, 0, string.Empty, 0, "The input holds no segment.")]);
        }

        if (!TryReadDelimiters(bytes[first..], allowBatchHeader, out var delimiters, out var delimiterError)) return new(null, [delimiterError]);

        List<Hl7ParseError>? errors = null;

        var segments = ArrayPool<SegmentEntry>.Shared.Rent(16);
        // About one field per eight bytes in typical messages; capped so a large base64 field rents little.
        var separators = ArrayPool<int>.Shared.Rent(Math.Clamp(bytes.Length / 8, 64, 4096));
        try
        {
            var segmentCount = 0;
            var separatorCount = 0;
            var fieldSeparator = (byte)delimiters.Field;
            var segmentStart = first;
            var position = first;

            // One pass: each hit is either a field separator to record or the terminator that closes the segment.
            while (true)
            {
                var hit = bytes[position..].IndexOfAny(fieldSeparator, (byte)'\r', (byte)'\n');
                if (hit >= 0 && bytes[position + hit] == fieldSeparator)
                {
                    // Inlined by hand: this is the per-field hot path.
                    if (separatorCount == separators.Length) Grow(ref separators);
                    separators[separatorCount++] = position + hit;
                    position += hit + 1;
                    continue;
                }

                var end = hit < 0 ? bytes.Length : position + hit;
                var firstSeparator = segmentCount == 0 ? 0 : segments[segmentCount - 1].FirstSeparator + segments[segmentCount - 1].SeparatorCount;
                var count = separatorCount - firstSeparator;
                var nameEnd = count > 0 ? separators[firstSeparator] : end;
                var name = bytes[segmentStart..nameEnd];
                if (segmentCount == segments.Length) Grow(ref segments);
                // A header-named segment is a header only when a separator follows its name: MSH-1 is that separator.
                segments[segmentCount] = new SegmentEntry(segmentStart, end, firstSeparator, count, count > 0 && IsHeaderName(name));
                if (!IsValidName(name))
                {
                    (errors ??= []).Add(new(Hl7ParseErrorCode.InvalidSegmentName, segmentCount, textEncoding.GetString(name[..Math.Min(name.Length, 16)]), 0,
                        "A segment name must be three upper-case letters or digits."));
                }

                segmentCount++;
                if (hit < 0) break;
                position = segmentStart = SkipTerminatorsAndBom(bytes, end);
                if (position >= bytes.Length) break;
            }

            var message = new Hl7Message(
                data,
                textEncoding,
                textEncoding,
                delimiters,
                segments.AsSpan(0, segmentCount).ToArray(),
                separators.AsSpan(0, separatorCount).ToArray(),
                options.FormattingEscapes);
            return new(message, errors ?? (IReadOnlyList<Hl7ParseError>)[]);
        }
        finally
        {
            ArrayPool<SegmentEntry>.Shared.Return(segments);
            ArrayPool<int>.Shared.Return(separators);
        }
    }

    private static bool TryReadDelimiters(ReadOnlySpan<byte> bytes, bool allowBatchHeader, out Hl7Delimiters delimiters, [NotNullWhen(false)] out Hl7ParseError? error)
    {
        delimiters = Hl7Delimiters.Default;
        error = null;
        var headerName = bytes[..Math.Min(3, bytes.Length)];
        var isHeader = headerName.SequenceEqual("MSH"u8) || (allowBatchHeader && (headerName.SequenceEqual("FHS"u8) || headerName.SequenceEqual("BHS"u8)));
        if (!isHeader)
        {
            var shown = Encoding.Latin1.GetString(headerName);
            error = new(Hl7ParseErrorCode.MissingHeader, 0, shown, 0,
                allowBatchHeader ? "The input must start with an FHS, BHS or MSH segment." : "The message must start with an MSH segment.");
            return false;
        }

        var name = headerName[0] == (byte)'M' ? "MSH" : headerName[0] == (byte)'F' ? "FHS" : "BHS";
        if (bytes.Length < 5 || !IsDelimiterByte(bytes[3]))
        {
            error = new(Hl7ParseErrorCode.InvalidDelimiters, 0, name, 1,
                $"{name}-1 must be a printable ASCII punctuation character that separates fields.");
            return false;
        }

        var fieldSeparator = bytes[3];
        var rest = bytes[4..];
        var length = rest.IndexOfAny((byte)'\r', (byte)'\n', fieldSeparator);
        var encoding = length < 0 ? rest : rest[..length];
        if (fieldSeparator == (byte)'|' && encoding.SequenceEqual("^~\\&"u8))
        {
            // The standard set: share the one instance rather than allocate per message.
            return true;
        }

        Span<char> chars = stackalloc char[Math.Min(encoding.Length, 6)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)encoding[i];
        string? problem = null;
        if (encoding.Length > 5 || !Hl7Delimiters.TryCreate((char)fieldSeparator, chars, out delimiters, out problem))
        {
            error = new(Hl7ParseErrorCode.InvalidDelimiters, 0, name, 2,
                problem ?? $"{name}-2 must hold 1 to 5 encoding characters, found {encoding.Length}.");
            return false;
        }

        return true;
    }

    private static bool IsDelimiterByte(byte b) => b is > (byte)' ' and < 0x7F && !char.IsAsciiLetterOrDigit((char)b);

    private static bool IsHeaderName(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("MSH"u8) || name.SequenceEqual("FHS"u8) || name.SequenceEqual("BHS"u8);

    private static bool IsValidName(ReadOnlySpan<byte> name)
    {
        if (name.Length != 3) return false;
        foreach (var b in name)
        {
            if (!char.IsAsciiLetterUpper((char)b) && !char.IsAsciiDigit((char)b)) return false;
        }

        return true;
    }

    private static int SkipTerminatorsAndBom(ReadOnlySpan<byte> bytes, int position)
    {
        if (position == 0 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) position = 3;
        while (position < bytes.Length && bytes[position] is (byte)'\r' or (byte)'\n') position++;
        return position;
    }

    private static void Grow<T>(ref T[] buffer)
    {
        var bigger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan().CopyTo(bigger);
        ArrayPool<T>.Shared.Return(buffer);
        buffer = bigger;
    }
}
