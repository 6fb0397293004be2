using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Escapes text for writing into a message and decodes escaped text read from one.</summary>
public static class Hl7Escaping
{
    /// <summary>Escapes delimiters as <c>\F\ \S\ \R\ \T\ \E\ \P\</c> and line breaks as <c>\X0D\</c> and <c>\X0A\</c>.</summary>
    /// <exception cref="ArgumentException">The value holds a delimiter and the delimiters declare no escape character.</exception>
    public static string Escape(string value, Hl7Delimiters delimiters)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(delimiters);
        if (!NeedsEscaping(value, delimiters)) return value;
        if (delimiters.Escape is not { } escape)
        {
            throw new ArgumentException("The value holds a delimiter or line break, and the delimiters declare no escape character.", nameof(value));
        }

        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            var sequence = c == delimiters.Field ? "F"
                : c == delimiters.Component ? "S"
                : c == delimiters.Repetition ? "R"
                : c == escape ? "E"
                : c == delimiters.Subcomponent ? "T"
                : c == delimiters.Truncation ? "P"
                : c == '\r' ? "X0D"
                : c == '\n' ? "X0A"
                : null;
            if (sequence is null) text.Append(c);
            else text.Append(escape).Append(sequence).Append(escape);
        }

        return text.ToString();
    }

    /// <summary>Decodes the escape sequences in encoded text, as reading a value from a message does.</summary>
    /// <remarks>Hex escapes are decoded with <paramref name="characterSet"/> (UTF-8 when not given).</remarks>
    public static string Unescape(string encoded, Hl7Delimiters delimiters, Encoding? characterSet = null, Hl7FormattingEscapes formatting = Hl7FormattingEscapes.Keep)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        ArgumentNullException.ThrowIfNull(delimiters);
        if (delimiters.Escape is not { } escape || !encoded.Contains(escape, StringComparison.Ordinal)) return encoded;
        var context = new Hl7Unescaper.Context(delimiters, Hl7Charsets.Utf8, characterSet ?? Hl7Charsets.Utf8, formatting);
        return Hl7Unescaper.Decode(Hl7Charsets.Utf8.GetBytes(encoded), context);
    }

    private static bool NeedsEscaping(string value, Hl7Delimiters delimiters)
    {
        foreach (var c in value)
        {
            if (c == delimiters.Field || c == delimiters.Component || c == delimiters.Repetition || c == delimiters.Escape
                || c == delimiters.Subcomponent || c == delimiters.Truncation || c is '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
