using System.Text;

namespace HealthFlows.Hl7;

/// <summary>One segment of a parsed message; a light view that reads fields from the message's offsets.</summary>
public readonly struct Hl7Segment : IEquatable<Hl7Segment>
{
    private readonly Hl7Message _message;

    internal Hl7Segment(Hl7Message message, int index)
    {
        _message = message;
        Index = index;
    }

    /// <summary>The message this segment belongs to.</summary>
    public Hl7Message Message => _message;

    /// <summary>Zero-based position of the segment in the message.</summary>
    public int Index { get; }

    /// <summary>The segment name, e.g. <c>PID</c> or <c>ZPI</c>.</summary>
    public string Name => _message.TextEncoding.GetString(NameBytes);

    /// <summary>The highest field position present (MSH counts MSH-1, the separator).</summary>
    public int FieldCount
    {
        get
        {
            ref readonly var entry = ref _message.Entry(Index);
            return entry.IsHeader ? entry.SeparatorCount + 1 : entry.SeparatorCount;
        }
    }

    private ReadOnlySpan<byte> Bytes
    {
        get
        {
            ref readonly var entry = ref _message.Entry(Index);
            return _message.Data.Span[entry.Start..entry.End];
        }
    }

    private ReadOnlySpan<byte> NameBytes
    {
        get
        {
            ref readonly var entry = ref _message.Entry(Index);
            var end = entry.SeparatorCount > 0 ? _message.SeparatorsOf(entry)[0] : entry.End;
            return _message.Data.Span[entry.Start..end];
        }
    }

    /// <summary>True when the segment has this name (ordinal, no allocation).</summary>
    public bool Is(string name) => Ascii.Equals(NameBytes, name);

    /// <summary>How many repetitions a field holds: 0 when absent or empty.</summary>
    public int GetRepetitionCount(int field)
    {
        if (!TryLocateField(field, out var start, out var length, out var atomic) || length == 0) return 0;
        var repetition = _message.Delimiters.Repetition;
        if (atomic || repetition is null) return 1;
        return _message.Data.Span.Slice(start, length).Count((byte)repetition.Value) + 1;
    }

    /// <summary>The unescaped value of a field, repetition, component or subcomponent (1-based; 0 means the whole level above).</summary>
    /// <returns>Null for an explicit HL7 null (<c>""</c>); empty when absent; a composite comes back encoded, as <see cref="GetRaw"/> does.</returns>
    public string? GetValue(int field, int repetition = 1, int component = 0, int subcomponent = 0) =>
        TryLocate(field, repetition, component, subcomponent, out var start, out var length, out var atomic)
            ? Materialize(start, length, component, subcomponent, atomic)
            : string.Empty;

    /// <summary>The text of a field, repetition, component or subcomponent exactly as encoded; empty when absent.</summary>
    public string GetRaw(int field, int repetition = 1, int component = 0, int subcomponent = 0) =>
        TryLocate(field, repetition, component, subcomponent, out var start, out var length, out _)
            ? _message.TextEncoding.GetString(_message.Data.Span.Slice(start, length))
            : string.Empty;

    /// <summary>The whole field as encoded, every repetition included; empty when absent.</summary>
    public string GetFieldRaw(int field) =>
        TryLocateField(field, out var start, out var length, out _)
            ? _message.TextEncoding.GetString(_message.Data.Span.Slice(start, length))
            : string.Empty;

    /// <summary>The segment as encoded, without its terminator.</summary>
    public override string ToString() => _message.TextEncoding.GetString(Bytes);

    /// <inheritdoc />
    public bool Equals(Hl7Segment other) => ReferenceEquals(_message, other._message) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hl7Segment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_message, Index);

    /// <summary>True when both views point at the same segment of the same message.</summary>
    public static bool operator ==(Hl7Segment left, Hl7Segment right) => left.Equals(right);

    /// <summary>True when the views point at different segments.</summary>
    public static bool operator !=(Hl7Segment left, Hl7Segment right) => !left.Equals(right);

    /// <summary>Every repetition of a field as a range of the message's bytes, found in one pass.</summary>
    internal List<(int Start, int Length)> LocateRepetitions(int field)
    {
        var ranges = new List<(int Start, int Length)>();
        if (!TryLocateField(field, out var start, out var length, out var atomic) || length == 0) return ranges;
        var separator = _message.Delimiters.Repetition;
        if (atomic || separator is null)
        {
            ranges.Add((start, length));
            return ranges;
        }

        var piece = _message.Data.Span.Slice(start, length);
        var offset = 0;
        while (true)
        {
            var next = piece[offset..].IndexOf((byte)separator.Value);
            if (next < 0) break;
            ranges.Add((start + offset, next));
            offset += next + 1;
        }

        ranges.Add((start + offset, piece.Length - offset));
        return ranges;
    }

    /// <summary>The value of a component or subcomponent inside a range found by <see cref="LocateRepetitions"/>.</summary>
    internal string? ValueWithin(int start, int length, int component, int subcomponent)
    {
        var data = _message.Data.Span;
        var delimiters = _message.Delimiters;
        if (component > 0 && !Narrow(data, delimiters.Component, component, ref start, ref length)) return string.Empty;
        if (subcomponent > 0 && !Narrow(data, delimiters.Subcomponent, subcomponent, ref start, ref length)) return string.Empty;
        return Materialize(start, length, component, subcomponent, atomic: false);
    }

    /// <summary>True when the element is present, not empty and not an explicit null; allocates nothing.</summary>
    internal bool HasValue(int field, int repetition, int component)
    {
        if (!TryLocate(field, repetition, component, 0, out var start, out var length, out _) || length == 0) return false;
        return !(length == 2 && _message.Data.Span[start] == (byte)'"' && _message.Data.Span[start + 1] == (byte)'"');
    }

    internal bool TryLocate(int field, int repetition, int component, int subcomponent, out int start, out int length, out bool atomic)
    {
        if (!TryLocateField(field, out start, out length, out atomic) || repetition < 1 || component < 0 || subcomponent < 0) return false;
        if (atomic)
        {
            // MSH-1 and MSH-2 are the delimiters themselves: they have no repetitions or components to split.
            return repetition == 1 && component <= 1 && subcomponent <= 1;
        }

        var delimiters = _message.Delimiters;
        var data = _message.Data.Span;
        return Narrow(data, delimiters.Repetition, repetition, ref start, ref length)
            && (component == 0 || Narrow(data, delimiters.Component, component, ref start, ref length))
            && (subcomponent == 0 || Narrow(data, delimiters.Subcomponent, subcomponent, ref start, ref length));
    }

    private bool TryLocateField(int field, out int start, out int length, out bool atomic)
    {
        start = 0;
        length = 0;
        atomic = false;
        ref readonly var entry = ref _message.Entry(Index);
        if (field < 1) return false;
        if (entry.IsHeader)
        {
            if (field == 1)
            {
                start = entry.Start + 3;
                length = 1;
                atomic = true;
                return true;
            }

            atomic = field == 2;
            field--;
        }

        var separators = _message.SeparatorsOf(entry);
        if (field > separators.Length) return false;
        start = separators[field - 1] + 1;
        length = (field < separators.Length ? separators[field] : entry.End) - start;
        return true;
    }

    // Narrows [start, start+length) to its index-th (1-based) piece between separators; an undeclared separator means one piece.
    private static bool Narrow(ReadOnlySpan<byte> data, char? separator, int index, ref int start, ref int length)
    {
        if (separator is not { } sep) return index == 1;
        var piece = data.Slice(start, length);
        var offset = 0;
        for (var i = 1; i < index; i++)
        {
            var next = piece[offset..].IndexOf((byte)sep);
            if (next < 0) return false;
            offset += next + 1;
        }

        var end = piece[offset..].IndexOf((byte)sep);
        start += offset;
        length = end < 0 ? piece.Length - offset : end;
        return true;
    }

    private string? Materialize(int start, int length, int component, int subcomponent, bool atomic)
    {
        var raw = _message.Data.Span.Slice(start, length);
        if (raw.Length == 2 && raw[0] == (byte)'"' && raw[1] == (byte)'"') return null;
        if (atomic || IsComposite(raw, component, subcomponent)) return _message.TextEncoding.GetString(raw);
        return Hl7Unescaper.Decode(raw, _message);
    }

    private bool IsComposite(ReadOnlySpan<byte> raw, int component, int subcomponent)
    {
        if (subcomponent > 0) return false;
        var delimiters = _message.Delimiters;
        if (delimiters.Subcomponent is { } sub && raw.Contains((byte)sub)) return true;
        return component == 0 && raw.Contains((byte)delimiters.Component);
    }
}
