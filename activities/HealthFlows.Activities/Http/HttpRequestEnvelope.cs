using System.Text.Json;
using System.Text.Json.Serialization;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Http;

/// <summary>
/// The instance input an HTTP Endpoint trigger saves: the request as received, minus credentials. The server writes
/// it, the HttpEndpoint activity reads it into its outputs; <see cref="Trigger"/> tells it from an execute call's body.
/// </summary>
public sealed record HttpRequestEnvelope
{
    public const string TriggerName = "http";

    /// <summary>Always <c>http</c>: marks the input as a request envelope.</summary>
    public string Trigger { get; init; } = TriggerName;

    public string Method { get; init; } = "POST";

    /// <summary>The path below /workflows/, without a leading slash.</summary>
    public string Path { get; init; } = "";

    public Dictionary<string, string> RouteValues { get; init; } = [];

    /// <summary>Query parameters: a string, or an array of strings when repeated.</summary>
    public Dictionary<string, JsonElement> Query { get; init; } = [];

    /// <summary>Request headers with lower-case names, repeated values joined by ", "; credentials are left out.</summary>
    public Dictionary<string, string> Headers { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ContentType { get; init; }

    /// <summary>The parsed JSON body, the body as text for other media types, or null when empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? Body { get; init; }

    /// <summary>The envelope in an instance input, or null when the input is something else (a test run's plain body).</summary>
    public static HttpRequestEnvelope? From(JsonElement? input)
    {
        if (input is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("trigger", out var trigger)
            || trigger.ValueKind != JsonValueKind.String
            || trigger.GetString() != TriggerName)
        {
            return null;
        }

        try
        {
            return value.Deserialize<HttpRequestEnvelope>(WorkflowJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, WorkflowJson.Options);
}
