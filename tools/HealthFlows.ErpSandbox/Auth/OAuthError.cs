using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>An OAuth2 error response (RFC 6749 section 5.2).</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description)
{
    public static IResult InvalidRequest(string description) =>
        ErpResults.Json(new OAuthError("invalid_request", description), StatusCodes.Status400BadRequest);

    public static IResult UnsupportedGrantType(string? grantType) =>
        ErpResults.Json(new OAuthError("unsupported_grant_type", $"The grant type '{grantType}' is not supported; use client_credentials."),
            StatusCodes.Status400BadRequest);

    public static IResult InvalidClient() =>
        ErpResults.Json(new OAuthError("invalid_client", "The client id or secret is wrong."), StatusCodes.Status401Unauthorized);
}
