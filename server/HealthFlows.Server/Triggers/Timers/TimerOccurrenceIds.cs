using System.Security.Cryptography;
using System.Text;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>
/// The instance id of a timer occurrence, derived from the workflow and the occurrence's instant: every server that
/// fires the occurrence computes the same id, and the database takes the instance once.
/// </summary>
public static class TimerOccurrenceIds
{
    /// <summary>
    /// A UUID in the version 7 layout (48-bit Unix milliseconds, then hash bits), so it sorts by occurrence time like the
    /// other instance ids do by creation time.
    /// </summary>
    public static string For(string definitionId, DateTimeOffset occurrence)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        var utc = occurrence.ToUniversalTime();
        var key = $"timer\n{definitionId}\n{utc.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        Span<byte> bytes = stackalloc byte[16];
        SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16).CopyTo(bytes);
        var milliseconds = utc.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(bytes);
    }
}
