using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace HealthFlows.Persistence.Encryption;

/// <summary>
/// Encrypts stored payloads with AES-256-GCM under the current key and decrypts them with whichever configured key made
/// them, so keys rotate without rewriting the database first. Each ciphertext names its format version and key id in
/// front; both, and the column's purpose, are authenticated, so an altered value or one moved to another column fails
/// to decrypt (a <see cref="CryptographicException"/>), never reads as garbage.
/// </summary>
/// <remarks>
/// Binary form: <c>[version 1][key id length][key id][nonce 12][tag 16][ciphertext]</c>. Text form (JSON columns):
/// <c>hfe1:{key id}:{base64 of nonce, tag and ciphertext}</c>; plain JSON never starts with <c>hfe</c>, so rows written
/// before encryption was on still read, unchanged.
/// </remarks>
public sealed class PayloadProtector : IDisposable
{
    /// <summary>What every encrypted text value starts with; a value without it is a plain (pre-encryption) one.</summary>
    public const string TextPrefix = "hfe1:";

    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly Dictionary<string, KeySlot> keys;
    private readonly KeySlot current;

    /// <summary>A key ring: <paramref name="keys"/> all decrypt; <paramref name="currentKeyId"/> encrypts.</summary>
    public PayloadProtector(IEnumerable<PayloadEncryptionKey> keys, string currentKeyId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = new Dictionary<string, KeySlot>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!this.keys.TryAdd(key.Id, new KeySlot(key)))
            {
                throw new ArgumentException($"Encryption key id '{key.Id}' is configured twice.", nameof(keys));
            }
        }

        current = this.keys.GetValueOrDefault(currentKeyId ?? "")
            ?? throw new ArgumentException($"The current encryption key '{currentKeyId}' is not among the configured keys ({string.Join(", ", this.keys.Keys)}).", nameof(currentKeyId));
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('|', this.keys.Values.OrderBy(k => k.Id, StringComparer.Ordinal).Select(k => k.Id + "=" + Convert.ToBase64String(SHA256.HashData(k.Key)))) + "|" + current.Id)));
    }

    /// <summary>The id of the key new values are encrypted with.</summary>
    public string CurrentKeyId => current.Id;

    /// <summary>The configured key ids.</summary>
    public IReadOnlyCollection<string> KeyIds => keys.Keys;

    /// <summary>A digest of the key ring (never the keys): equal rings share one EF model.</summary>
    public string Fingerprint { get; }

    /// <summary>Whether <paramref name="stored"/> is an encrypted text value (else it is plain).</summary>
    public static bool IsProtected(string stored) => stored.StartsWith(TextPrefix, StringComparison.Ordinal);

    /// <summary>The id of the key that encrypted a text value; null for a plain value.</summary>
    public static string? KeyIdOf(string stored)
    {
        if (!IsProtected(stored))
        {
            return null;
        }

        var end = stored.IndexOf(':', TextPrefix.Length);
        return end < 0 ? null : stored[TextPrefix.Length..end];
    }

    /// <summary>Encrypts text for a column; <paramref name="purpose"/> (the column) is bound into the tag.</summary>
    public string ProtectText(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var length = Encoding.UTF8.GetByteCount(plaintext);
        var rented = ArrayPool<byte>.Shared.Rent(length + NonceBytes + TagBytes);
        try
        {
            // Nonce and tag first, then the plaintext, which is encrypted in place.
            Encoding.UTF8.GetBytes(plaintext, rented.AsSpan(NonceBytes + TagBytes));
            var body = rented.AsSpan(0, NonceBytes + TagBytes + length);
            Seal(current, body, TextHeader(current.Id), purpose);
            return string.Concat(TextPrefix, current.Id, ":", Convert.ToBase64String(body));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>Decrypts a text value written by <see cref="ProtectText"/>; a plain value is returned as it is.</summary>
    public string UnprotectText(string stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsProtected(stored))
        {
            return stored;
        }

        var keyId = KeyIdOf(stored) ?? throw Unreadable("?", purpose, "it has no key id");
        var slot = Find(keyId, purpose);
        byte[] body;
        try
        {
            body = Convert.FromBase64String(stored[(TextPrefix.Length + keyId.Length + 1)..]);
        }
        catch (FormatException)
        {
            throw Unreadable(keyId, purpose, "it is not base64");
        }

        var plaintext = Open(slot, body, TextHeader(keyId), purpose);
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Encrypts bytes (a raw message) into the binary form.</summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var header = BinaryHeader(current.Id);
        var result = new byte[header.Length + NonceBytes + TagBytes + plaintext.Length];
        header.CopyTo(result, 0);
        plaintext.CopyTo(result.AsSpan(header.Length + NonceBytes + TagBytes));
        Seal(current, result.AsSpan(header.Length), header, purpose);
        return result;
    }

    /// <summary>Decrypts the binary form; anything else (or an altered value) throws <see cref="CryptographicException"/>.</summary>
    public byte[] Unprotect(ReadOnlySpan<byte> stored, string purpose)
    {
        if (stored.Length < 2 + NonceBytes + TagBytes || stored[0] != Version || stored.Length < 2 + stored[1] + NonceBytes + TagBytes)
        {
            throw Unreadable("?", purpose, "it is not in the encrypted format");
        }

        var headerLength = 2 + stored[1];
        var keyId = Encoding.ASCII.GetString(stored[2..headerLength]);
        var slot = Find(keyId, purpose);
        return Open(slot, stored[headerLength..].ToArray(), stored[..headerLength].ToArray(), purpose);
    }

    public void Dispose()
    {
        foreach (var slot in keys.Values)
        {
            slot.Dispose();
        }
    }

    private KeySlot Find(string keyId, string purpose) =>
        keys.GetValueOrDefault(keyId) ?? throw Unreadable(keyId, purpose, "that key is not configured (HealthFlows:Encryption:Keys)");

    /// <summary><paramref name="body"/> is nonce, tag, then the plaintext, which is encrypted in place.</summary>
    private static void Seal(KeySlot slot, Span<byte> body, ReadOnlySpan<byte> header, string purpose)
    {
        var nonce = body[..NonceBytes];
        var tag = body.Slice(NonceBytes, TagBytes);
        var data = body[(NonceBytes + TagBytes)..];
        RandomNumberGenerator.Fill(nonce);
        var aad = AssociatedData(header, purpose);
        var cipher = slot.Rent();
        try
        {
            cipher.Encrypt(nonce, data, data, tag, aad);
        }
        finally
        {
            slot.Return(cipher);
        }
    }

    private static byte[] Open(KeySlot slot, byte[] body, ReadOnlySpan<byte> header, string purpose)
    {
        if (body.Length < NonceBytes + TagBytes)
        {
            throw Unreadable(slot.Id, purpose, "it is too short");
        }

        var plaintext = new byte[body.Length - NonceBytes - TagBytes];
        var cipher = slot.Rent();
        try
        {
            cipher.Decrypt(body.AsSpan(0, NonceBytes), body.AsSpan(NonceBytes + TagBytes), body.AsSpan(NonceBytes, TagBytes), plaintext, AssociatedData(header, purpose));
            return plaintext;
        }
        catch (CryptographicException ex)
        {
            throw new CryptographicException($"A stored {purpose} value failed its integrity check under key '{slot.Id}': it was altered, or copied from another column.", ex);
        }
        finally
        {
            slot.Return(cipher);
        }
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string purpose)
    {
        var aad = new byte[header.Length + Encoding.UTF8.GetByteCount(purpose)];
        header.CopyTo(aad);
        Encoding.UTF8.GetBytes(purpose, aad.AsSpan(header.Length));
        return aad;
    }

    private static byte[] TextHeader(string keyId) => Encoding.ASCII.GetBytes(TextPrefix + keyId + ":");

    private static byte[] BinaryHeader(string keyId)
    {
        var header = new byte[2 + keyId.Length];
        header[0] = Version;
        header[1] = (byte)keyId.Length;
        Encoding.ASCII.GetBytes(keyId, header.AsSpan(2));
        return header;
    }

    private static CryptographicException Unreadable(string keyId, string purpose, string reason) =>
        new($"A stored {purpose} value (key '{keyId}') cannot be decrypted: {reason}.");

    /// <summary>
    /// A key and a small pool of <see cref="AesGcm"/> instances for it: an instance is not safe to share between threads,
    /// and making one per value would redo the key schedule on the commit path.
    /// </summary>
    private sealed class KeySlot(PayloadEncryptionKey key) : IDisposable
    {
        private readonly ConcurrentBag<AesGcm> pool = [];

        public string Id => key.Id;

        public byte[] Key => key.Key;

        public AesGcm Rent() => pool.TryTake(out var cipher) ? cipher : new AesGcm(key.Key, TagBytes);

        public void Return(AesGcm cipher)
        {
            if (pool.Count < 64)
            {
                pool.Add(cipher);
            }
            else
            {
                cipher.Dispose();
            }
        }

        public void Dispose()
        {
            while (pool.TryTake(out var cipher))
            {
                cipher.Dispose();
            }
        }
    }
}
