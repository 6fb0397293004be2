using System.Security.Cryptography;
using System.Text;
using HealthFlows.ErpSandbox.OData;
using Microsoft.Extensions.Options;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>The OAuth2 token endpoint, standing in for Microsoft Entra ID's client-credentials flow.</summary>
internal static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapPost("oauth2/token", IssueToken)
            .WithName("ErpSandboxIssueToken")
            .WithSummary("Issues a bearer token for the client-credentials grant (form-encoded).");
        return sandbox;
    }

    private static async Task<IResult> IssueToken(
        HttpRequest request, AccessTokenIssuer issuer, IOptions<ErpSandboxOptions> options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return OAuthError.InvalidRequest("The body must be application/x-www-form-urlencoded.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return OAuthError.InvalidRequest("The form body could not be read.");
        }

        var grantType = form["grant_type"].ToString();
        if (grantType != "client_credentials")
            return OAuthError.UnsupportedGrantType(grantType);
        var client = ClientCredentials.From(request, form);
        if (client.ClientId is null || client.ClientSecret is null)
            return OAuthError.InvalidRequest("client_id and client_secret are required.");
        if (!SameText(client.ClientId, options.Value.ClientId) | !SameText(client.ClientSecret, options.Value.ClientSecret))
            return OAuthError.InvalidClient();

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        var seconds = (long)issuer.Lifetime.TotalSeconds;
        return ErpResults.Json(new TokenResponse("Bearer", seconds, seconds, issuer.Issue()));
    }

    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
