using System.Text.Json.Serialization;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>An OAuth2 access token response (RFC 6749 section 5.1), in Entra ID's field set.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("ext_expires_in")] long ExtExpiresIn,
    [property: JsonPropertyName("access_token")] string AccessToken);
