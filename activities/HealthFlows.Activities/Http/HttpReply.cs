namespace HealthFlows.Activities.Http;

/// <summary>The answer an HTTP Response activity gives a waiting request.</summary>
/// <param name="StatusCode">200-599.</param>
/// <param name="Headers">Extra response headers.</param>
/// <param name="ContentType">The body's media type; null when there is no body.</param>
/// <param name="Body">The body text (JSON already serialized), or null.</param>
public sealed record HttpReply(int StatusCode, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body);
