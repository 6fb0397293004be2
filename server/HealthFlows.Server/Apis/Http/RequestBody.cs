using System.Text.Json;
using HealthFlows.Runtime.Model;
using HealthFlows.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.Server.Apis.Http;

/// <summary>
/// Reads request bodies by hand instead of through parameter binding, so every failure (wrong media type,
/// too large, malformed, wrong shape) becomes a problem response that says what and where.
/// </summary>
public static class RequestBody
{
    /// <summary>Reads a JSON document; an empty body gives null when <paramref name="allowEmpty"/>.</summary>
    public static async Task<BodyResult<JsonElement?>> ReadJsonAsync(HttpRequest request, bool allowEmpty, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(request, cancellationToken);
        if (bytes.Problem is not null)
        {
            return new(null, bytes.Problem);
        }

        if (bytes.Value!.Length == 0)
        {
            return allowEmpty ? new(null, null) : new(null, Problems.BadRequest("The request needs a JSON body."));
        }

        if (!IsJson(request))
        {
            return new(null, Problems.UnsupportedMediaType($"Send JSON with Content-Type: application/json (got '{request.ContentType}')."));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.Value, new JsonDocumentOptions { MaxDepth = 64 });
            return new(document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return new(null, Problems.BadRequest(Describe(ex), "The body is not valid JSON"));
        }
    }

    /// <summary>Reads a body into <typeparamref name="T"/> with the workflow JSON rules.</summary>
    public static async Task<BodyResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var json = await ReadJsonAsync(request, allowEmpty: false, cancellationToken);
        if (json.Problem is not null)
        {
            return new(null, json.Problem);
        }

        try
        {
            var value = json.Value!.Value.Deserialize<T>(WorkflowJson.Options);
            return value is null ? new(null, Problems.BadRequest("The body is null.")) : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, Problems.BadRequest(Describe(ex), "The body does not have the expected shape"));
        }
    }

    /// <summary>Reads a body of one of <paramref name="mediaTypes"/> as bytes (for text formats such as HL7 v2); empty is a 400, and <paramref name="what"/> names it in messages.</summary>
    public static async Task<BodyResult<byte[]>> ReadRawAsync(HttpRequest request, IReadOnlyList<string> mediaTypes, string what, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !mediaTypes.Any(type => contentType.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)))
        {
            return new(null, Problems.UnsupportedMediaType($"Send {what} with Content-Type: {string.Join(" or ", mediaTypes)} (got '{request.ContentType}')."));
        }

        var bytes = await ReadBytesAsync(request, cancellationToken);
        if (bytes.Problem is null && bytes.Value!.Length == 0)
        {
            return new(null, Problems.BadRequest($"The request needs {what} as its body."));
        }

        return bytes;
    }

    private static Task<BodyResult<byte[]>> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadBytesAsync(request, request.HttpContext.RequestServices.GetRequiredService<IOptions<HealthFlowsOptions>>().Value.MaxRequestBodyBytes, cancellationToken);

    /// <summary>Reads the body as bytes, whatever its media type, refusing more than <paramref name="max"/> bytes with 413.</summary>
    public static async Task<BodyResult<byte[]>> ReadBytesAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return new(null, Problems.TooLarge(max));
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return new(null, Problems.TooLarge(max));
                }

                buffer.Write(chunk, 0, read);
            }

            return new(buffer.ToArray(), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, Problems.TooLarge(max));
        }
        catch (BadHttpRequestException ex)
        {
            return new(null, Problems.BadRequest(ex.Message));
        }
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is null || request.HasJsonContentType();

    private static string Describe(JsonException ex)
    {
        var where = ex.Path is { Length: > 0 } path ? $" at {path}" : "";
        var line = ex.LineNumber is { } l ? $" (line {l + 1}, position {ex.BytePositionInLine + 1})" : "";
        var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
        return $"{reason}{where}{line}.";
    }
}
