using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace HealthFlows.Hl7;

/// <summary>A location in a message: <c>SEG[occurrence]-field(repetition)-component-subcomponent</c>, all 1-based.</summary>
/// <remarks>
/// Occurrence and repetition default to 1; a component or subcomponent of 0 means the whole of the level above.
/// Examples: <c>PID-3(2)-1</c>, <c>FT1[2]-10</c>, <c>MSH-9-2</c>, <c>PID-3-4-1</c>.
/// </remarks>
public readonly record struct Hl7Path
{
    /// <summary>Creates a path from its parts; see <see cref="Parse"/> for the notation.</summary>
    public Hl7Path(string segmentName, int segmentOccurrence, int field, int repetition, int component, int subcomponent)
    {
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentOccurrence, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(field, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetition, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(component);
        ArgumentOutOfRangeException.ThrowIfNegative(subcomponent);
        if (subcomponent > 0 && component == 0) throw new ArgumentException("A subcomponent needs a component.", nameof(subcomponent));
        SegmentName = segmentName;
        SegmentOccurrence = segmentOccurrence;
        Field = field;
        Repetition = repetition;
        Component = component;
        Subcomponent = subcomponent;
    }

    /// <summary>The three-character segment name, e.g. <c>PID</c>.</summary>
    public string SegmentName { get; }

    /// <summary>Which segment of that name, 1-based (<c>FT1[2]</c> is 2).</summary>
    public int SegmentOccurrence { get; }

    /// <summary>The field position, 1-based; for MSH, FHS and BHS field 1 is the field separator itself.</summary>
    public int Field { get; }

    /// <summary>Which repetition of the field, 1-based (<c>PID-3(2)</c> is 2).</summary>
    public int Repetition { get; }

    /// <summary>The component, 1-based, or 0 for the whole repetition.</summary>
    public int Component { get; }

    /// <summary>The subcomponent, 1-based, or 0 for the whole component.</summary>
    public int Subcomponent { get; }

    /// <summary>Reads a path in the documented notation.</summary>
    /// <exception cref="FormatException">The text is not a valid path.</exception>
    public static Hl7Path Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException(error);

    /// <summary>Reads a path in the documented notation, or says what is wrong with it.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hl7Path path, [NotNullWhen(false)] out string? error)
    {
        path = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A path is required, e.g. PID-3(2)-1.";
            return false;
        }

        var reader = new PathReader(text.Trim());
        if (!reader.TrySegmentName(out var name)
            || !reader.TryBracketed('[', ']', out var occurrence)
            || !reader.TryDashNumber(required: true, out var field)
            || !reader.TryBracketed('(', ')', out var repetition)
            || !reader.TryDashNumber(required: false, out var component)
            || !reader.TryDashNumber(required: false, out var subcomponent)
            || !reader.AtEnd)
        {
            error = $"'{text}' is not a path: expected SEG[occurrence]-field(repetition)-component-subcomponent, e.g. PID-3(2)-1, all numbers 1 or more.";
            return false;
        }

        path = new Hl7Path(name, occurrence, field, repetition, component, subcomponent);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(SegmentName);
        if (SegmentOccurrence != 1) text.Append(CultureInfo.InvariantCulture, $"[{SegmentOccurrence}]");
        text.Append(CultureInfo.InvariantCulture, $"-{Field}");
        if (Repetition != 1) text.Append(CultureInfo.InvariantCulture, $"({Repetition})");
        if (Component > 0) text.Append(CultureInfo.InvariantCulture, $"-{Component}");
        if (Subcomponent > 0) text.Append(CultureInfo.InvariantCulture, $"-{Subcomponent}");
        return text.ToString();
    }

    private ref struct PathReader(string text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public readonly bool AtEnd => _position == _text.Length;

        public bool TrySegmentName(out string name)
        {
            name = string.Empty;
            if (_text.Length < 3) return false;
            var candidate = _text[..3];
            foreach (var c in candidate)
            {
                if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return false;
            }

            name = candidate.ToString();
            _position = 3;
            return true;
        }

        public bool TryBracketed(char open, char close, out int value)
        {
            value = 1;
            if (_position >= _text.Length || _text[_position] != open) return true;
            var end = _text[_position..].IndexOf(close);
            if (end < 0 || !TryNumber(_text.Slice(_position + 1, end - 1), out value)) return false;
            _position += end + 1;
            return true;
        }

        public bool TryDashNumber(bool required, out int value)
        {
            value = 0;
            if (_position >= _text.Length || _text[_position] != '-') return !required;
            var start = _position + 1;
            var end = start;
            while (end < _text.Length && char.IsAsciiDigit(_text[end])) end++;
            if (!TryNumber(_text[start..end], out value)) return false;
            _position = end;
            return true;
        }

        private static bool TryNumber(ReadOnlySpan<char> digits, out int value) =>
            int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
    }
}
