namespace HealthFlows.Hl7.Adt;

/// <summary>Reads the components of one field repetition; absent values and explicit nulls both read as empty.</summary>
internal readonly struct ElementReader(Hl7Segment segment, int start, int length)
{
    public string Text(int component, int subcomponent = 0) => segment.ValueWithin(start, length, component, subcomponent) ?? string.Empty;

    /// <summary>The first non-empty of two components, for HD types that carry a namespace id or a universal id.</summary>
    public string FirstOf(int component, int subcomponent, int fallbackSubcomponent)
    {
        var first = Text(component, subcomponent);
        return first.Length > 0 ? first : Text(component, fallbackSubcomponent);
    }

    public static IReadOnlyList<T> ReadAll<T>(Hl7Segment? segment, int field, Func<ElementReader, T> read)
    {
        if (segment is not { } found) return [];
        var ranges = found.LocateRepetitions(field);
        var items = new List<T>(ranges.Count);
        foreach (var (start, length) in ranges)
        {
            if (length > 0) items.Add(read(new ElementReader(found, start, length)));
        }

        return items;
    }

    public static T? ReadFirst<T>(Hl7Segment? segment, int field, Func<ElementReader, T> read)
        where T : class
    {
        var all = ReadAll(segment, field, read);
        return all.Count > 0 ? all[0] : null;
    }
}
