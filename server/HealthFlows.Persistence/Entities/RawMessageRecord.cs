namespace HealthFlows.Persistence.Entities;

/// <summary>A message exactly as a trigger received it (the bytes, encrypted), kept for replay until its retention ends.</summary>
public sealed class RawMessageRecord
{
    public string Id { get; set; } = "";

    /// <summary>The instance the message started; null when no instance was saved for it.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The trigger kind: <c>http</c> or <c>mllp</c>.</summary>
    public string Source { get; set; } = "";

    /// <summary>Where it came in: the trigger path, or the MLLP port.</summary>
    public string Endpoint { get; set; } = "";

    public string? ContentType { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The body as received; encrypted at rest (see <see cref="Encryption.EncryptedColumns"/>).</summary>
    public byte[] Body { get; set; } = [];
}
