using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Writes a message segment by segment, or edits a copy of a parsed one; values are escaped on the way in.</summary>
public sealed class Hl7MessageBuilder
{
    private readonly List<Hl7SegmentBuilder> _segments = [];

    /// <summary>Starts an empty message written with <paramref name="delimiters"/> (the standard set when null).</summary>
    public Hl7MessageBuilder(Hl7Delimiters? delimiters = null)
    {
        Delimiters = delimiters ?? Hl7Delimiters.Default;
    }

    /// <summary>The delimiters every segment is written with.</summary>
    public Hl7Delimiters Delimiters { get; }

    /// <summary>The segments in order.</summary>
    public IReadOnlyList<Hl7SegmentBuilder> Segments => _segments;

    /// <summary>Starts from a parsed message: its segments are copied as encoded, so unchanged fields are written back byte for byte.</summary>
    public static Hl7MessageBuilder From(Hl7Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new Hl7MessageBuilder(message.Delimiters);
        foreach (var segment in message.Segments)
        {
            // Names are copied as found, even ones the parser flagged, so the copy stays faithful.
            var isHeader = segment.FieldCount > 0 && (segment.Is("MSH") || segment.Is("FHS") || segment.Is("BHS"));
            var target = new Hl7SegmentBuilder(segment.Name, message.Delimiters, validateName: false, isHeader);
            builder._segments.Add(target);
            if (isHeader) target.CopyEncodingCharacters(segment.GetFieldRaw(2));
            var firstDataField = isHeader ? 3 : 1;
            for (var field = firstDataField; field <= segment.FieldCount; field++)
            {
                target.SetRaw(field, segment.GetFieldRaw(field));
            }
        }

        return builder;
    }

    /// <summary>Appends a segment and returns it for setting fields.</summary>
    public Hl7SegmentBuilder AddSegment(string name)
    {
        var segment = new Hl7SegmentBuilder(name, Delimiters);
        _segments.Add(segment);
        return segment;
    }

    /// <summary>The <paramref name="occurrence"/>-th (1-based) segment with this name, or null.</summary>
    public Hl7SegmentBuilder? FindSegment(string name, int occurrence = 1) =>
        _segments.Where(s => s.Name == name).Skip(occurrence - 1).FirstOrDefault();

    /// <summary>Sets the value at a path, escaping it (null writes an explicit HL7 null); a missing segment occurrence right after the last is appended.</summary>
    public Hl7MessageBuilder Set(string path, string? value)
    {
        var target = Hl7Path.Parse(path);
        SegmentFor(target).Set(target.Field, target.Repetition, target.Component, target.Subcomponent, value);
        return this;
    }

    /// <summary>Sets already encoded text at a path.</summary>
    public Hl7MessageBuilder SetRaw(string path, string encoded)
    {
        var target = Hl7Path.Parse(path);
        SegmentFor(target).SetRaw(target.Field, target.Repetition, target.Component, target.Subcomponent, encoded);
        return this;
    }

    /// <summary>The message as text, each segment followed by <paramref name="segmentTerminator"/> (carriage return by default).</summary>
    public string Write(string segmentTerminator = "\r")
    {
        var text = new StringBuilder();
        foreach (var segment in _segments) text.Append(segment).Append(segmentTerminator);
        return text.ToString();
    }

    /// <summary>Writes the message and parses it back.</summary>
    public Hl7ParseResult Build(Hl7ParseOptions? options = null) => Hl7Parser.Parse(Write(), options);

    /// <inheritdoc />
    public override string ToString() => Write();

    private Hl7SegmentBuilder SegmentFor(Hl7Path path)
    {
        if (FindSegment(path.SegmentName, path.SegmentOccurrence) is { } existing) return existing;
        var count = _segments.Count(s => s.Name == path.SegmentName);
        if (path.SegmentOccurrence != count + 1)
        {
            throw new ArgumentException($"{path} names occurrence {path.SegmentOccurrence} of {path.SegmentName}, but the message has {count}.", nameof(path));
        }

        return AddSegment(path.SegmentName);
    }
}
