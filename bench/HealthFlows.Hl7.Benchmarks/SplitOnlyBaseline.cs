namespace HealthFlows.Hl7.Benchmarks;

/// <summary>The least a parser must do: find segment terminators and field separators, recording field offsets.</summary>
/// <remarks>No delimiter reading, validation, message object or character decoding: the floor the parser is measured against.</remarks>
public static class SplitOnlyBaseline
{
    /// <summary>Splits <paramref name="bytes"/> into segments and fields, writing field start offsets into <paramref name="offsets"/>; returns the field count.</summary>
    public static int Split(ReadOnlySpan<byte> bytes, int[] offsets)
    {
        var fields = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            var terminator = bytes[position..].IndexOfAny((byte)'\r', (byte)'\n');
            var end = terminator < 0 ? bytes.Length : position + terminator;
            var segment = bytes[position..end];
            var offset = 0;
            while (true)
            {
                var next = segment[offset..].IndexOf((byte)'|');
                if (next < 0) break;
                offsets[fields++ % offsets.Length] = position + offset + next;
                offset += next + 1;
            }

            position = end + 1;
        }

        return fields;
    }
}
