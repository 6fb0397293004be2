using System.Security.Cryptography;
using System.Text;

namespace HealthFlows.Server.Security;

/// <summary>Keys are stored as SHA-256 hashes: they are long random secrets, so a fast hash is the right tool (no salt needed).</summary>
public static class ApiKeyHasher
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A short, non-secret prefix that lets people tell keys apart in lists.</summary>
    public static string Prefix(string key) => key.Length <= 6 ? "****" : key[..6];
}
