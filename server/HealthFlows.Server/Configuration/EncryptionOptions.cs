namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Encryption</c>: the keys that encrypt stored payloads (docs/operations.md, key management).</summary>
public sealed class EncryptionOptions
{
    /// <summary>
    /// Key id → base64 of a 256-bit key (<c>HealthFlows__Encryption__Keys__2026a=…</c>). All decrypt; <see cref="CurrentKeyId"/>
    /// encrypts. Empty (default): a single-server installation generates its own key file in the data directory; a cluster must set them.
    /// </summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key new values are encrypted with; may be omitted when exactly one key is configured.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Rewrite every stored payload under the current key at start-up (after a rotation, or over a database written before encryption). Default false.</summary>
    public bool ReencryptOnStart { get; set; }
}
