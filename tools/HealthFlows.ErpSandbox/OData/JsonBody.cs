using System.Text.Json;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>Reads a request body as JSON, turning malformed JSON and wrong types into a 400 instead of an exception.</summary>
internal static class JsonBody
{
    public static async Task<Outcome<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, ErpJson.Options, cancellationToken);
            return value is null ? ErpError.BadRequest("Invalid Request Body") : value;
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) ? "" : $": the value at {exception.Path} could not be read";
            return ErpError.BadRequest($"Invalid Request Body{where}.");
        }
        catch (BadHttpRequestException exception)
        {
            return new ErpError(exception.StatusCode, "BadRequest", exception.Message);
        }
    }
}
