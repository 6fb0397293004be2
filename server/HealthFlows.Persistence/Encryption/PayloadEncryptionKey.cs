using System.Text.RegularExpressions;

namespace HealthFlows.Persistence.Encryption;

/// <summary>One AES-256 key of the payload key ring, named by an id that is written in front of every ciphertext it makes.</summary>
public sealed partial record PayloadEncryptionKey
{
    /// <summary>AES-256: 32 bytes.</summary>
    public const int KeyBytes = 32;

    /// <summary>Creates a key; the id is 1–32 letters, digits, '.', '_' or '-', the key 32 bytes.</summary>
    public PayloadEncryptionKey(string id, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(key);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Encryption key id '{id}' must be 1 to 32 letters, digits, '.', '_' or '-'.", nameof(id));
        }

        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"Encryption key '{id}' must be {KeyBytes} bytes (256 bits), not {key.Length}.", nameof(key));
        }

        Id = id;
        Key = key;
    }

    public string Id { get; }

    public byte[] Key { get; }

    /// <summary>Reads a key from its base64 text (configuration, environment, key file).</summary>
    public static PayloadEncryptionKey FromBase64(string id, string base64)
    {
        try
        {
            return new PayloadEncryptionKey(id, Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            throw new ArgumentException($"Encryption key '{id}' is not base64 text.", nameof(base64));
        }
    }

    /// <summary>Keeps the key bytes out of logs and exception messages.</summary>
    public override string ToString() => $"PayloadEncryptionKey {{ Id = {Id} }}";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex IdPattern();
}
