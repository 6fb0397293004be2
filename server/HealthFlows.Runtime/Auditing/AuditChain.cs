using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HealthFlows.Runtime.Auditing;

/// <summary>
/// The hash chain: how an event becomes an entry (<see cref="Seal"/>) and how stored entries are checked
/// (<see cref="ChainVerifier"/>). The hash is SHA-256 over the previous hash and a canonical JSON array of the entry's
/// fields in a fixed order, so the same entry hashes the same on every database and every platform.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Stamps an event with its sequence and time and chains it to <paramref name="previousHash"/>.</summary>
    public static AuditEntry Seal(AuditEvent auditEvent, long sequence, DateTimeOffset at, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            OccurredAt = TruncateToMicroseconds(at),
            Actor = auditEvent.Actor,
            Action = auditEvent.Action,
            Target = auditEvent.Target,
            Summary = auditEvent.Summary,
            RemoteAddress = auditEvent.RemoteAddress,
            PreviousHash = previousHash,
            Hash = "",
        };
        return entry with { Hash = ComputeHash(previousHash, entry) };
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="previousHash"/> followed by the entry's canonical form.</summary>
    public static string ComputeHash(string previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var bytes = Encoding.UTF8.GetBytes(previousHash + Canonical(entry));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The entry's fields as one JSON array in a fixed order; the summary is included as its exact stored text.</summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.Actor.Kind.ToString());
            json.WriteStringValue(entry.Actor.Id);
            WriteNullable(json, entry.Actor.Name);
            json.WriteStringValue(entry.Action);
            json.WriteStringValue(entry.Target.Type);
            WriteNullable(json, entry.Target.Id);
            WriteNullable(json, entry.RemoteAddress);
            WriteNullable(json, entry.Summary?.GetRawText());
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Every database keeps microseconds (PostgreSQL keeps no more), so the hashed time is the stored time.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
