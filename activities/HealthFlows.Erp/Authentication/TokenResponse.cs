using System.Text.Json.Serialization;

namespace HealthFlows.Erp.Authentication;

/// <summary>The fields of an OAuth2 token response (RFC 6749 section 5.1) the connector reads.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn);
