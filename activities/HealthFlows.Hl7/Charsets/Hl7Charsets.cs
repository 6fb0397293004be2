using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Maps MSH-18 character set names (HL7 table 0211) to .NET encodings.</summary>
/// <remarks>
/// Only byte-oriented sets whose bytes below 0x80 are always ASCII are supported, because delimiters are found
/// by scanning bytes: ASCII, the ISO 8859 parts and UTF-8. Double-byte sets whose trail bytes can look like a
/// delimiter (BIG-5, GB 18030) and UTF-16/32 are reported as unsupported rather than misread.
/// </remarks>
public static class Hl7Charsets
{
    /// <summary>UTF-8 without a byte order mark that replaces invalid bytes instead of throwing.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Finds the encoding for an MSH-18 value; an empty value gives <paramref name="fallback"/>.</summary>
    public static bool TryGetEncoding(string characterSet, Encoding fallback, out Encoding encoding)
    {
        encoding = fallback;
        var name = characterSet.Trim();
        if (name.Length == 0) return true;

        var found = Lookup(name.ToUpperInvariant().AsSpan());
        if (found is null) return false;
        encoding = found;
        return true;
    }

    /// <summary>Finds the encoding for an MSH-18 value read straight from ASCII bytes, without allocating for the common names.</summary>
    internal static bool TryGetEncoding(ReadOnlySpan<byte> characterSet, Encoding fallback, out Encoding encoding)
    {
        encoding = fallback;
        var trimmed = characterSet.Trim((byte)' ');
        if (trimmed.IsEmpty) return true;
        if (trimmed.Length > 32) return false;
        Span<char> upper = stackalloc char[trimmed.Length];
        for (var i = 0; i < trimmed.Length; i++) upper[i] = char.ToUpperInvariant((char)trimmed[i]);
        var found = Lookup(upper);
        if (found is null) return false;
        encoding = found;
        return true;
    }

    private static Encoding? Lookup(ReadOnlySpan<char> name) => name switch
    {
        "ASCII" => Encoding.ASCII,
        "8859/1" => Encoding.Latin1,
        "UNICODE UTF-8" or "UNICODE" or "UTF-8" => Utf8,
        "8859/2" => CodePage(28592),
        "8859/3" => CodePage(28593),
        "8859/4" => CodePage(28594),
        "8859/5" => CodePage(28595),
        "8859/6" => CodePage(28596),
        "8859/7" => CodePage(28597),
        "8859/8" => CodePage(28598),
        "8859/9" => CodePage(28599),
        "8859/15" => CodePage(28605),
        _ => null,
    };

    // The code-pages provider ships with .NET; asking it directly avoids registering it process-wide.
    private static Encoding? CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage);
}
