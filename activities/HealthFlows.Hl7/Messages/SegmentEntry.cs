namespace HealthFlows.Hl7;

/// <summary>Where one segment lies in a message's bytes and where its field separators are.</summary>
/// <param name="Start">Offset of the segment's first byte.</param>
/// <param name="End">Offset just past the segment's last byte, before its terminator.</param>
/// <param name="FirstSeparator">Index of this segment's first entry in the message's separator table.</param>
/// <param name="SeparatorCount">How many field separators the segment holds.</param>
/// <param name="IsHeader">True for MSH, FHS and BHS, whose first field is the separator itself.</param>
internal readonly record struct SegmentEntry(int Start, int End, int FirstSeparator, int SeparatorCount, bool IsHeader);
