using System.Security.Cryptography;
using System.Text.Json;
using HealthFlows.Persistence.Encryption;
using HealthFlows.Server.Configuration;

namespace HealthFlows.Server.Encryption;

/// <summary>
/// Builds the payload key ring: the keys configured under <c>HealthFlows:Encryption</c>, or, for a single server without
/// them, a key generated once into <c>&lt;data directory&gt;/payload-encryption.keys</c> (owner read/write only). A cluster
/// must configure its keys: every node has to read what the others wrote.
/// </summary>
public static class EncryptionKeyRing
{
    public const string KeyFileName = "payload-encryption.keys";

    private const string SectionName = HealthFlowsOptions.SectionName + ":Encryption";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static PayloadProtector Create(HealthFlowsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var encryption = options.Encryption;
        if (encryption.Keys.Count > 0)
        {
            return FromConfiguration(encryption);
        }

        if (options.Cluster.Enabled)
        {
            throw new InvalidOperationException(
                $"Clustered mode needs the payload encryption keys in configuration ({SectionName}:Keys and {SectionName}:CurrentKeyId), the same on every node.");
        }

        return FromKeyFile(Path.Combine(options.DataDirectory, KeyFileName));
    }

    private static PayloadProtector FromConfiguration(EncryptionOptions encryption)
    {
        var keys = encryption.Keys.Select(k => PayloadEncryptionKey.FromBase64(k.Key, k.Value)).ToList();
        var current = encryption.CurrentKeyId ?? (keys.Count == 1
            ? keys[0].Id
            : throw new InvalidOperationException($"Several encryption keys are configured: name the one to encrypt with in {SectionName}:CurrentKeyId."));
        return new PayloadProtector(keys, current);
    }

    private static PayloadProtector FromKeyFile(string file)
    {
        if (!File.Exists(file))
        {
            // A key id of its own: rows another node wrote with its own file's key then fail as "unknown key", not as altered data.
            var keyId = $"local-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
            Write(file, new KeyFile { CurrentKeyId = keyId, Keys = new() { [keyId] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(PayloadEncryptionKey.KeyBytes)) } });
        }

        var stored = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(file), Json)
            ?? throw new InvalidOperationException($"The key file {file} is empty.");
        return new PayloadProtector(stored.Keys.Select(k => PayloadEncryptionKey.FromBase64(k.Key, k.Value)), stored.CurrentKeyId);
    }

    private static void Write(string file, KeyFile keys)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 from the start: there is no moment in which others may read it.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(file, options);
        JsonSerializer.Serialize(stream, keys, Json);
    }

    /// <summary>The key file's shape; operators may add keys to it by hand to rotate a single server's key.</summary>
    private sealed class KeyFile
    {
        public string CurrentKeyId { get; set; } = "";

        public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
    }
}
