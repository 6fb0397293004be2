using Microsoft.IdentityModel.JsonWebTokens;

namespace HealthFlows.Server.Security;

/// <summary>Picks the scheme that can check what a request carries: an API key, our token, or the external provider's.</summary>
public static class SchemeSelector
{
    private static readonly JsonWebTokenHandler Tokens = new();

    public static string Select(HttpContext context, bool externalConfigured)
    {
        if (context.Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName))
        {
            return ApiKeyDefaults.Scheme;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing to check: the API key scheme answers the challenge with the problem that says what to send.
            return ApiKeyDefaults.Scheme;
        }

        // The issuer is read unvalidated only to route the token; the chosen scheme validates everything.
        var token = authorization["Bearer ".Length..].Trim();
        var issuer = ReadIssuer(token);
        return externalConfigured && issuer is not null && issuer != AuthSchemes.LocalIssuer ? AuthSchemes.ExternalBearer : AuthSchemes.LocalBearer;
    }

    private static string? ReadIssuer(string token)
    {
        if (!MayBeJwt(token) || !Tokens.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Tokens.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// False when the token's first segment cannot start a JSON object, so it is no JWT: reading it would only throw,
    /// and throwing for every opaque token (the ERP sandbox's, on each of its calls) showed in the charge-capture profile.
    /// The first base64url character holds the top six bits of the header's first byte: 'e' for '{', 'I' for a space,
    /// 'C' for a tab or line feed, 'D' for a carriage return; any other cannot begin a JSON object.
    /// </summary>
    private static bool MayBeJwt(string token) => token.Length == 0 || token[0] is 'e' or 'I' or 'C' or 'D';
}
