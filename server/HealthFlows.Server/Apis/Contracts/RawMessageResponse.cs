using System.Text;
using HealthFlows.Persistence.Entities;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A raw message as received: the exact bytes (base64), and the text too when they are UTF-8.</summary>
public sealed record RawMessageResponse(string Id, string Source, string Endpoint, string? ContentType, DateTimeOffset ReceivedAt, string? Text, string BodyBase64)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RawMessageResponse From(RawMessageRecord m) =>
        new(m.Id, m.Source, m.Endpoint, m.ContentType, m.ReceivedAt, AsText(m.Body), Convert.ToBase64String(m.Body));

    private static string? AsText(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
