using HealthFlows.ErpSandbox.OData;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.ErpSandbox.Auth;

/// <summary>Answers 401, as Business Central does, unless the request carries a valid, unexpired bearer token.</summary>
internal sealed class BearerTokenFilter(AccessTokenIssuer issuer) : IEndpointFilter
{
    private const string Prefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && issuer.IsValid(header[Prefix.Length..].Trim()))
            return await next(context);

        context.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        return new ErpError(StatusCodes.Status401Unauthorized, "Authentication_InvalidCredentials",
            "The server has rejected the client credentials.").ToResult();
    }
}
