using System.Text;
using HealthFlows.Activities.Http;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>Writes the reply an HTTP Response activity set; headers the server owns or that are not valid HTTP are left out.</summary>
public sealed class HttpReplyResult(HttpReply reply) : IResult
{
    private static readonly HashSet<string> ServerOwned = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ContentType, HeaderNames.TransferEncoding, HeaderNames.Connection,
        HeaderNames.KeepAlive, HeaderNames.Upgrade, HeaderNames.Trailer, HeaderNames.Date, HeaderNames.Server,
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers)
        {
            if (!ServerOwned.Contains(name) && IsToken(name) && !value.Any(c => c is '\r' or '\n' or '\0'))
            {
                response.Headers.Append(name, value);
            }
        }

        if (reply.Body is null)
        {
            return;
        }

        var contentType = reply.ContentType ?? "text/plain; charset=utf-8";
        var encoding = MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.Encoding is { } declared ? declared : Encoding.UTF8;
        response.ContentType = contentType;
        await response.WriteAsync(reply.Body, encoding, httpContext.RequestAborted);
    }

    private static bool IsToken(string name) =>
        name.Length > 0 && name.All(c => c is > ' ' and < (char)127 && !"()<>@,;:\\\"/[]?={}".Contains(c));
}
