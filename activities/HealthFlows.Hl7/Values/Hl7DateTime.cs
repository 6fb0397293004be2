using System.Globalization;

namespace HealthFlows.Hl7;

/// <summary>An HL7 DTM/TS value: <c>YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]</c>, keeping its precision and optional offset.</summary>
/// <param name="Value">The date and time stated; parts beyond <paramref name="Precision"/> are at their minimum.</param>
/// <param name="Offset">The UTC offset when the value states one.</param>
/// <param name="Precision">How much of the value was stated.</param>
public readonly record struct Hl7DateTime(DateTime Value, TimeSpan? Offset, Hl7DateTimePrecision Precision)
{
    /// <summary>The date part.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Value);

    /// <summary>Reads a DTM value; false for empty, explicit null or malformed text (never throws).</summary>
    public static bool TryParse(string? text, out Hl7DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var span = text.AsSpan().Trim();

        TimeSpan? offset = null;
        var sign = span.IndexOfAny('+', '-');
        if (sign >= 0)
        {
            if (!TryOffset(span[(sign + 1)..], span[sign] == '-', out var parsed)) return false;
            offset = parsed;
            span = span[..sign];
        }

        var fraction = 0L;
        var fractionAt = span.IndexOf('.');
        if (fractionAt >= 0)
        {
            var digits = span[(fractionAt + 1)..];
            if (fractionAt != 14 || digits.Length is 0 or > 4 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out fraction)) return false;
            fraction *= (long)Math.Pow(10, 7 - digits.Length);
            span = span[..fractionAt];
        }

        if (span.Length is not (4 or 6 or 8 or 10 or 12 or 14) || !IsDigits(span)) return false;
        int year = Part(span, 0, 1), month = Part(span, 4, 1), day = Part(span, 6, 1);
        int hour = Part(span, 8, 0), minute = Part(span, 10, 0), second = Part(span, 12, 0);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;

        var precision = fractionAt >= 0 ? Hl7DateTimePrecision.FractionOfSecond : (Hl7DateTimePrecision)((span.Length / 2) - 2);
        value = new Hl7DateTime(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction), offset, precision);
        return true;
    }

    /// <summary>Reads a DTM value, or null when it is empty, an explicit null or malformed.</summary>
    public static Hl7DateTime? ParseOrNull(string? text) => TryParse(text, out var value) ? value : null;

    /// <summary>Formats an instant as <c>yyyyMMddHHmmss+ZZZZ</c>, as MSH-7 wants it.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{instant:yyyyMMddHHmmss}{sign}{offset.Hours:00}{offset.Minutes:00}");
    }

    /// <summary>The instant, using the stated offset or else <paramref name="assumedOffset"/>.</summary>
    public DateTimeOffset ToDateTimeOffset(TimeSpan assumedOffset) => new(Value, Offset ?? assumedOffset);

    private static int Part(ReadOnlySpan<char> digits, int start, int fallback) =>
        digits.Length > start ? int.Parse(digits.Slice(start, start == 0 ? 4 : 2), CultureInfo.InvariantCulture) : fallback;

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');

    private static bool TryOffset(ReadOnlySpan<char> digits, bool negative, out TimeSpan offset)
    {
        offset = default;
        if (digits.Length != 4 || !IsDigits(digits)) return false;
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (negative) offset = -offset;
        return true;
    }
}
