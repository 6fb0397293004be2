using System.Text;
using System.Text.Json;
using HealthFlows.Activities.Http;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>Checks a trigger request's media type and size and turns it into the envelope saved as the instance input.</summary>
public static class HttpRequestReader
{
    // Credentials never reach an instance: its input is saved, journaled and shown to operators.
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Authorization, HeaderNames.ProxyAuthorization, HeaderNames.Cookie, ApiKeyDefaults.HeaderName,
    };

    /// <summary>415 when the request has a body of a media type none of <paramref name="accepted"/> covers; null when acceptable.</summary>
    public static ProblemHttpResult? CheckContentType(HttpRequest request, IReadOnlyList<string> accepted)
    {
        var hasBody = request.ContentLength > 0 || request.ContentType is not null || request.Headers.TransferEncoding.Count > 0;
        if (accepted.Count == 0 || !hasBody)
        {
            return null;
        }

        var fits = MediaTypeHeaderValue.TryParse(request.ContentType, out var given)
            && accepted.Any(a => MediaTypeHeaderValue.TryParse(a, out var allowed) && given.IsSubsetOf(allowed));
        return fits ? null : Problems.UnsupportedMediaType($"This endpoint accepts {string.Join(", ", accepted)} (got '{request.ContentType}').");
    }

    /// <summary>
    /// Reads the body (at most <paramref name="maxBytes"/>) into the request envelope, and the bytes as received (kept in the
    /// raw message store); 413 or 400 when it cannot.
    /// </summary>
    public static async Task<BodyResult<(HttpRequestEnvelope Envelope, byte[] Body)>> ReadAsync(HttpRequest request, string path, RouteValueDictionary routeValues, long maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await RequestBody.ReadBytesAsync(request, maxBytes, cancellationToken);
        if (bytes.Failed)
        {
            return new(default, bytes.Problem);
        }

        var body = DecodeBody(bytes.Value!, request.ContentType);
        if (body.Failed)
        {
            return new(default, body.Problem);
        }

        return new((new HttpRequestEnvelope
        {
            Method = request.Method,
            Path = path,
            RouteValues = routeValues.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal),
            Query = request.Query.ToDictionary(q => q.Key, q => q.Value.Count == 1
                ? JsonSerializer.SerializeToElement(q.Value[0])
                : JsonSerializer.SerializeToElement(q.Value.ToArray()), StringComparer.Ordinal),
            Headers = request.Headers
                .Where(h => !Withheld.Contains(h.Key))
                .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value.ToArray()), StringComparer.Ordinal),
            ContentType = request.ContentType,
            Body = body.Value,
        }, bytes.Value!), null);
    }

    /// <summary>JSON for a JSON media type (400 when malformed), otherwise the text in the declared charset (UTF-8 by default); null when empty.</summary>
    public static BodyResult<JsonElement?> DecodeBody(byte[] bytes, string? contentType)
    {
        if (bytes.Length == 0)
        {
            return new(null, null);
        }

        MediaTypeHeaderValue.TryParse(contentType, out var mediaType);
        if (mediaType is not null && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                return new(document.RootElement.Clone(), null);
            }
            catch (JsonException ex)
            {
                return new(null, Problems.BadRequest($"{ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.', ' ')}.", "The body is not valid JSON"));
            }
        }

        var encoding = mediaType?.Encoding ?? Encoding.UTF8;
        return new(JsonSerializer.SerializeToElement(encoding.GetString(bytes)), null);
    }
}
