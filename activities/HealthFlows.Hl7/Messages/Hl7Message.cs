using System.Text;

namespace HealthFlows.Hl7;

/// <summary>A parsed HL7 v2 message: its bytes, its delimiters and where every segment and field lies.</summary>
/// <remarks>Parsing records offsets only; values are decoded and unescaped when they are read.</remarks>
public sealed class Hl7Message
{
    private readonly SegmentEntry[] _segments;
    private readonly int[] _separators;

    internal Hl7Message(
        ReadOnlyMemory<byte> data,
        Encoding textEncoding,
        Encoding characterSetEncoding,
        Hl7Delimiters delimiters,
        SegmentEntry[] segments,
        int[] separators,
        Hl7FormattingEscapes formattingEscapes)
    {
        Data = data;
        TextEncoding = textEncoding;
        CharacterSetEncoding = characterSetEncoding;
        Delimiters = delimiters;
        _segments = segments;
        _separators = separators;
        FormattingEscapes = formattingEscapes;
    }

    /// <summary>The message's bytes as received (text input is held as UTF-8).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>How <see cref="Data"/> decodes to text.</summary>
    public Encoding TextEncoding { get; }

    /// <summary>The encoding MSH-18 declares, used for <c>\X..\</c> hex escapes and when writing bytes.</summary>
    public Encoding CharacterSetEncoding { get; }

    /// <summary>The delimiters declared in MSH-1 and MSH-2.</summary>
    public Hl7Delimiters Delimiters { get; }

    /// <summary>What reading a value does with formatting escapes.</summary>
    public Hl7FormattingEscapes FormattingEscapes { get; }

    /// <summary>How many segments the message holds, Z-segments and unknown ones included.</summary>
    public int SegmentCount => _segments.Length;

    /// <summary>The segments in order.</summary>
    public IEnumerable<Hl7Segment> Segments
    {
        get
        {
            for (var i = 0; i < _segments.Length; i++) yield return new Hl7Segment(this, i);
        }
    }

    /// <summary>The message code, MSH-9-1 (e.g. <c>ADT</c>).</summary>
    public string MessageCode => GetValue(HeaderPath(9, 1)) ?? string.Empty;

    /// <summary>The trigger event, MSH-9-2 (e.g. <c>A01</c>).</summary>
    public string TriggerEvent => GetValue(HeaderPath(9, 2)) ?? string.Empty;

    /// <summary>Message code and trigger event joined by <c>^</c> whatever the delimiters (e.g. <c>ADT^A01</c>).</summary>
    public string MessageType => TriggerEvent.Length == 0 ? MessageCode : $"{MessageCode}^{TriggerEvent}";

    /// <summary>The message control id, MSH-10.</summary>
    public string ControlId => GetValue(HeaderPath(10, 0)) ?? string.Empty;

    /// <summary>The version id, MSH-12-1 (e.g. <c>2.5.1</c>).</summary>
    public string Version => GetValue(HeaderPath(12, 1)) ?? string.Empty;

    /// <summary>The character set named in MSH-18 (first repetition), or empty.</summary>
    public string CharacterSet => GetValue(HeaderPath(18, 0)) ?? string.Empty;

    /// <summary>True when this message is itself an acknowledgement (MSH-9-1 is <c>ACK</c>), which must never be acknowledged.</summary>
    public bool IsAck => string.Equals(MessageCode, "ACK", StringComparison.Ordinal);

    /// <summary>The whole message as text, with its original segment terminators.</summary>
    public string Text => TextEncoding.GetString(Data.Span);

    /// <summary>The segment at a zero-based index.</summary>
    public Hl7Segment this[int index] =>
        (uint)index < (uint)_segments.Length ? new Hl7Segment(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The <paramref name="occurrence"/>-th (1-based) segment with this name, or null when there is none.</summary>
    public Hl7Segment? FindSegment(string name, int occurrence = 1)
    {
        if (occurrence < 1) return null;
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = new Hl7Segment(this, i);
            if (segment.Is(name) && --occurrence == 0) return segment;
        }

        return null;
    }

    /// <summary>Every segment with this name, in order.</summary>
    public IEnumerable<Hl7Segment> GetSegments(string name)
    {
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = new Hl7Segment(this, i);
            if (segment.Is(name)) yield return segment;
        }
    }

    /// <summary>How many segments have this name.</summary>
    public int CountSegments(string name)
    {
        var count = 0;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (new Hl7Segment(this, i).Is(name)) count++;
        }

        return count;
    }

    /// <summary>The unescaped value at a path such as <c>PID-3(2)-1</c>: null for an explicit HL7 null (<c>""</c>), empty when absent.</summary>
    /// <exception cref="FormatException">The path is not valid notation; use <see cref="Hl7Path.TryParse"/> for untrusted paths.</exception>
    public string? GetValue(string path) => GetValue(Hl7Path.Parse(path));

    /// <summary>The unescaped value at a path: null for an explicit HL7 null (<c>""</c>), empty when absent.</summary>
    public string? GetValue(Hl7Path path) =>
        FindSegment(path.SegmentName, path.SegmentOccurrence) is { } segment
            ? segment.GetValue(path.Field, path.Repetition, path.Component, path.Subcomponent)
            : string.Empty;

    /// <summary>The text at a path exactly as encoded (delimiters and escape sequences kept), empty when absent.</summary>
    public string GetRaw(Hl7Path path) =>
        FindSegment(path.SegmentName, path.SegmentOccurrence) is { } segment
            ? segment.GetRaw(path.Field, path.Repetition, path.Component, path.Subcomponent)
            : string.Empty;

    /// <inheritdoc />
    public override string ToString() => Text;

    internal Hl7Message WithEncodings(Encoding textEncoding, Encoding characterSetEncoding) =>
        ReferenceEquals(textEncoding, TextEncoding) && ReferenceEquals(characterSetEncoding, CharacterSetEncoding)
            ? this
            : new(Data, textEncoding, characterSetEncoding, Delimiters, _segments, _separators, FormattingEscapes);

    internal ref readonly SegmentEntry Entry(int index) => ref _segments[index];

    internal ReadOnlySpan<int> SeparatorsOf(in SegmentEntry entry) => _separators.AsSpan(entry.FirstSeparator, entry.SeparatorCount);

    private static Hl7Path HeaderPath(int field, int component) => new("MSH", 1, field, 1, component, 0);
}
