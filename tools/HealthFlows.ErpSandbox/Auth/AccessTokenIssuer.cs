using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>
/// Issues and checks opaque bearer tokens signed with the client secret. They carry their own expiry,
/// so tokens stay valid across a restart of the sandbox, as Entra ID tokens stay valid across a restart of Business Central.
/// </summary>
internal sealed class AccessTokenIssuer(IOptions<ErpSandboxOptions> options, TimeProvider clock)
{
    private readonly byte[] signingKey = SHA256.HashData(Encoding.UTF8.GetBytes("erp-sandbox-token|" + options.Value.ClientSecret));

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue()
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = string.Create(CultureInfo.InvariantCulture, $"{expires}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}");
        return $"{payload}.{Sign(payload)}";
    }

    public bool IsValid(string token)
    {
        var lastDot = token.LastIndexOf('.');
        if (lastDot <= 0)
            return false;
        var payload = token[..lastDot];
        var signature = Encoding.ASCII.GetBytes(token[(lastDot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(signature, Encoding.ASCII.GetBytes(Sign(payload))))
            return false;
        return long.TryParse(payload.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires;
    }

    private string Sign(string payload) => Base64Url.EncodeToString(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(payload)));
}
