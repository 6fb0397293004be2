namespace HealthFlows.Hl7;

/// <summary>One segment being written: fields are held encoded, and values set through it are escaped.</summary>
public sealed class Hl7SegmentBuilder
{
    private readonly List<string> _fields = [string.Empty];

    internal Hl7SegmentBuilder(string name, Hl7Delimiters delimiters, bool validateName = true, bool? isHeader = null)
    {
        if (validateName && (name is not { Length: 3 } || !name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))))
        {
            throw new ArgumentException($"'{name}' is not a segment name: three upper-case letters or digits.", nameof(name));
        }

        Name = name;
        Delimiters = delimiters;
        IsHeader = isHeader ?? name is "MSH" or "FHS" or "BHS";
        if (IsHeader) _fields.AddRange([delimiters.Field.ToString(), delimiters.EncodingCharacters]);
    }

    /// <summary>The segment name.</summary>
    public string Name { get; }

    /// <summary>The delimiters the segment is written with.</summary>
    public Hl7Delimiters Delimiters { get; }

    /// <summary>The highest field position set.</summary>
    public int FieldCount => _fields.Count - 1;

    private bool IsHeader { get; }

    /// <summary>Sets a whole field (first repetition) to a value, escaping it; null writes an explicit HL7 null (<c>""</c>).</summary>
    public Hl7SegmentBuilder Set(int field, string? value) => Set(field, 1, 0, 0, value);

    /// <summary>Sets a repetition, component or subcomponent (1-based; 0 means the whole level above), escaping the value; null writes <c>""</c>.</summary>
    public Hl7SegmentBuilder Set(int field, int repetition, int component, int subcomponent, string? value) =>
        SetRaw(field, repetition, component, subcomponent, value is null ? "\"\"" : Hl7Escaping.Escape(value, Delimiters));

    /// <summary>Sets a whole field, every repetition included, to already encoded text.</summary>
    public Hl7SegmentBuilder SetRaw(int field, string encoded)
    {
        GuardField(field);
        ArgumentNullException.ThrowIfNull(encoded);
        while (_fields.Count <= field) _fields.Add(string.Empty);
        _fields[field] = encoded;
        return this;
    }

    /// <summary>Sets a repetition, component or subcomponent to already encoded text.</summary>
    public Hl7SegmentBuilder SetRaw(int field, int repetition, int component, int subcomponent, string encoded)
    {
        GuardField(field);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetition, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(component);
        ArgumentOutOfRangeException.ThrowIfNegative(subcomponent);
        if (subcomponent > 0 && component == 0) throw new ArgumentException("A subcomponent needs a component.", nameof(subcomponent));

        var fieldText = GetFieldRaw(field);
        var updated = Replace(fieldText, Delimiters.Repetition, repetition, repetitionText =>
            component == 0 ? encoded : Replace(repetitionText, Delimiters.Component, component, componentText =>
                subcomponent == 0 ? encoded : Replace(componentText, Delimiters.Subcomponent, subcomponent, _ => encoded)));
        return SetRaw(field, updated);
    }

    /// <summary>Copies MSH-2 as a parsed segment wrote it, which a later header in a batch may write differently.</summary>
    internal void CopyEncodingCharacters(string encoded) => _fields[2] = encoded;

    /// <summary>The whole field as encoded, every repetition included; empty when not set.</summary>
    public string GetFieldRaw(int field) => field >= 1 && field < _fields.Count ? _fields[field] : string.Empty;

    /// <summary>The segment as encoded, without a terminator.</summary>
    public override string ToString()
    {
        var separator = Delimiters.Field.ToString();
        // A header's first field is the separator itself, so the encoding characters follow the name directly.
        return IsHeader
            ? Name + separator + string.Join(separator, _fields.Skip(2))
            : Name + string.Concat(_fields.Skip(1).Select(f => separator + f));
    }

    private void GuardField(int field)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(field, 1);
        if (IsHeader && field <= 2) throw new ArgumentException($"{Name}-1 and {Name}-2 are the delimiters; choose them when creating the builder.", nameof(field));
    }

    private static string Replace(string text, char? separator, int index, Func<string, string> update)
    {
        if (separator is not { } sep)
        {
            if (index != 1) throw new ArgumentException("The delimiters declare no separator for that level.", nameof(index));
            return update(text);
        }

        var parts = text.Split(sep).ToList();
        while (parts.Count < index) parts.Add(string.Empty);
        parts[index - 1] = update(parts[index - 1]);
        return string.Join(sep, parts);
    }
}
