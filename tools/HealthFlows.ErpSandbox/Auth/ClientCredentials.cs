using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>The client id and secret of a token request, from the form body or from HTTP Basic authentication (RFC 6749 section 2.3.1).</summary>
internal sealed record ClientCredentials(string? ClientId, string? ClientSecret)
{
    public static ClientCredentials From(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                if (pair.Length == 2)
                    return new ClientCredentials(Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
            }
            catch (FormatException)
            {
                return new ClientCredentials(null, null);
            }
        }
        return new ClientCredentials(Single(form["client_id"]), Single(form["client_secret"]));
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;
}
