using System.Security.Cryptography;
using System.Text;
using HealthFlows.Server.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace HealthFlows.Server.Security;

/// <summary>The symmetric key that signs and checks our access tokens: configured, or generated once per data directory.</summary>
public sealed class JwtSigningKey
{
    public const int MinimumLength = 32;

    public JwtSigningKey(HealthFlowsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Auth.SigningKey;
        if (!string.IsNullOrWhiteSpace(configured) && configured.Length < MinimumLength)
        {
            throw new InvalidOperationException($"HealthFlows:Auth:SigningKey must be at least {MinimumLength} characters long.");
        }

        var secret = string.IsNullOrWhiteSpace(configured) ? LocalSecret(options.DataDirectory) : configured;
        Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)) { KeyId = "healthflows" };
    }

    public SymmetricSecurityKey Key { get; }

    // Like the ERP sandbox secret: never in the repository, one per installation, survives restarts so tokens do.
    private static string LocalSecret(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "jwt-signing.key");
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: >= MinimumLength } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(dataDirectory);
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(file, secret);
        return secret;
    }
}
