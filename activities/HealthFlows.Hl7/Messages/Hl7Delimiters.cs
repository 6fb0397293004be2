namespace HealthFlows.Hl7;

/// <summary>The separators and escape character a message declares in MSH-1 and MSH-2.</summary>
/// <remarks>Every character is ASCII; <see cref="Escape"/>, <see cref="Subcomponent"/> and <see cref="Truncation"/> may be absent.</remarks>
public sealed record Hl7Delimiters
{
    /// <summary>The standard set <c>|^~\&amp;</c>.</summary>
    public static Hl7Delimiters Default { get; } = new('|', '^', '~', '\\', '&', null);

    /// <summary>Creates a delimiter set; use <see cref="TryCreate"/> to validate untrusted characters.</summary>
    public Hl7Delimiters(char field, char component, char? repetition, char? escape, char? subcomponent, char? truncation)
    {
        Field = field;
        Component = component;
        Repetition = repetition;
        Escape = escape;
        Subcomponent = subcomponent;
        Truncation = truncation;
    }

    /// <summary>The field separator (MSH-1).</summary>
    public char Field { get; }

    /// <summary>The component separator (first character of MSH-2).</summary>
    public char Component { get; }

    /// <summary>The repetition separator, when MSH-2 declares one.</summary>
    public char? Repetition { get; }

    /// <summary>The escape character, when MSH-2 declares one.</summary>
    public char? Escape { get; }

    /// <summary>The subcomponent separator, when MSH-2 declares one.</summary>
    public char? Subcomponent { get; }

    /// <summary>The truncation character introduced in v2.7 (fifth character of MSH-2), when declared.</summary>
    public char? Truncation { get; }

    /// <summary>The encoding characters as written in MSH-2.</summary>
    public string EncodingCharacters
    {
        get
        {
            Span<char> chars = stackalloc char[5];
            var length = 0;
            chars[length++] = Component;
            if (Repetition is { } repetition) chars[length++] = repetition;
            if (Escape is { } escape) chars[length++] = escape;
            if (Subcomponent is { } subcomponent) chars[length++] = subcomponent;
            if (Truncation is { } truncation) chars[length++] = truncation;
            return new string(chars[..length]);
        }
    }

    /// <summary>Reads a delimiter set from the field separator and the MSH-2 text, or explains why it is not valid.</summary>
    /// <remarks>
    /// MSH-2 is positional (component, repetition, escape, subcomponent, truncation). One exception, because
    /// senders write it: three characters ending in <c>&amp;</c> (<c>^~&amp;</c>) mean component, repetition and
    /// subcomponent with no escape character.
    /// </remarks>
    public static bool TryCreate(char field, ReadOnlySpan<char> encodingCharacters, out Hl7Delimiters delimiters, out string? error)
    {
        delimiters = Default;
        if (encodingCharacters.Length is 0 or > 5)
        {
            error = $"MSH-2 must hold 1 to 5 encoding characters, found {encodingCharacters.Length}.";
            return false;
        }

        Span<char> all = stackalloc char[6];
        all[0] = field;
        encodingCharacters.CopyTo(all[1..]);
        var used = all[..(encodingCharacters.Length + 1)];
        for (var i = 0; i < used.Length; i++)
        {
            if (!IsValidDelimiter(used[i]))
            {
                error = $"Delimiter 0x{(int)used[i]:X2} is not a printable ASCII punctuation character.";
                return false;
            }

            if (used[(i + 1)..].Contains(used[i]))
            {
                error = $"Delimiter '{used[i]}' is declared twice.";
                return false;
            }
        }

        delimiters = encodingCharacters.Length == 3 && encodingCharacters[2] == '&'
            ? new Hl7Delimiters(field, encodingCharacters[0], encodingCharacters[1], null, '&', null)
            : new Hl7Delimiters(field, encodingCharacters[0], At(encodingCharacters, 1), At(encodingCharacters, 2), At(encodingCharacters, 3), At(encodingCharacters, 4));
        error = null;
        return true;
    }

    private static char? At(ReadOnlySpan<char> chars, int index) => index < chars.Length ? chars[index] : null;

    private static bool IsValidDelimiter(char c) => c is > ' ' and < (char)0x7F && !char.IsAsciiLetterOrDigit(c);
}
