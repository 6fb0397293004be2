using System.Net.Http.Json;
using HealthFlows.Erp.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Erp.Authentication;

/// <summary>
/// Gets bearer tokens with the OAuth2 client-credentials grant, keeps the current one until shortly before it
/// expires, and fetches at most one at a time: concurrent callers share the fetch in flight.
/// </summary>
public sealed class ClientCredentialsTokenSource(IHttpClientFactory httpClients, IOptions<ErpOptions> options, TimeProvider clock)
{
    /// <summary>The name of the <see cref="HttpClient"/> the token requests use.</summary>
    public const string HttpClientName = "HealthFlows.Erp.Token";

    private readonly Lock sync = new();
    private AccessToken? current;
    private Task<AccessToken>? fetching;

    /// <summary>The current token, fetching a new one when there is none or it is due for replacement.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Task<AccessToken> fetch;
        lock (sync)
        {
            if (current is { } token && clock.GetUtcNow() < token.RefreshAt)
                return token.Value;
            if (fetching is null || fetching.IsCompleted)
                fetching = FetchAndKeepAsync();
            fetch = fetching;
        }
        // One caller giving up must not cancel the fetch the others wait for.
        return (await fetch.WaitAsync(cancellationToken)).Value;
    }

    /// <summary>Forgets <paramref name="rejected"/> (the ERP answered 401 to it), unless a newer token has replaced it already.</summary>
    public void Invalidate(string rejected)
    {
        lock (sync)
        {
            if (current?.Value == rejected)
                current = null;
        }
    }

    private async Task<AccessToken> FetchAndKeepAsync()
    {
        var token = await FetchAsync();
        lock (sync)
            current = token;
        return token;
    }

    private async Task<AccessToken> FetchAsync()
    {
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Resilience.AttemptTimeout, clock);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
            ["scope"] = settings.Scope,
        });
        var requestedAt = clock.GetUtcNow();
        using var client = httpClients.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(settings.TokenUrl, form, timeout.Token);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            throw new HttpRequestException("The ERP token endpoint did not answer in time.", exception);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 400 and < 500 and not 408 and not 429)
                throw new ErpAuthenticationException($"The ERP token endpoint refused the client (HTTP {status}).");
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"The ERP token endpoint answered HTTP {status}.", null, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(timeout.Token);
            if (string.IsNullOrEmpty(body?.AccessToken) || body.ExpiresIn is not > 0)
                throw new ErpAuthenticationException("The ERP token endpoint answered without an access token or its lifetime.");
            var lifetime = TimeSpan.FromSeconds(body.ExpiresIn.Value);
            var margin = settings.TokenRefreshMargin < lifetime / 2 ? settings.TokenRefreshMargin : lifetime / 2;
            return new AccessToken(body.AccessToken, requestedAt + lifetime - margin);
        }
    }
}
