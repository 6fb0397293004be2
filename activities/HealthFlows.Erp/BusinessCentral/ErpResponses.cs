using System.Net.Http.Json;
using System.Text.Json;

namespace HealthFlows.Erp.BusinessCentral;

/// <summary>Turns an ERP answer into its body, a rejection (business 4xx) or an unavailability (anything else).</summary>
internal static class ErpResponses
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ErpJson.Options, cancellationToken)
                ?? throw new ErpUnavailableException("The ERP answered an empty body.");
        }
        catch (JsonException exception)
        {
            throw new ErpUnavailableException("The ERP answered a body that is not the expected JSON.", exception);
        }
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var status = (int)response.StatusCode;
        var error = await ReadErrorAsync(response, cancellationToken);
        // 400, 409, 412 and 422 are the ERP refusing this data; 401, 403 and 404 are settings (credentials, company), not data.
        if (status is 400 or 409 or 412 or 422)
            throw new ErpRejectedException(error?.Message ?? $"The ERP refused the request (HTTP {status}).");
        var detail = error?.Message is { } message ? $": {message}" : ".";
        throw new ErpUnavailableException($"The ERP answered HTTP {status}{(error?.Code is { } code ? " " + code : "")}{detail}");
    }

    private static async Task<ODataErrorDetail?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<ODataError>(ErpJson.Options, cancellationToken))?.Error;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
