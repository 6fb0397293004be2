using System.Text.Json;

namespace HealthFlows.Server.Tests.Security.BadInput;

/// <summary>One operation of the server's OpenAPI document, with what a caller can put into it.</summary>
public sealed record ApiOperation(
    string OperationId,
    string Method,
    string Path,
    IReadOnlyList<string> PathParameters,
    IReadOnlyList<string> QueryParameters,
    string? BodyMediaType,
    bool BodyRequired,
    JsonElement? BodySchema)
{
    public bool HasJsonBody => BodyMediaType is "application/json";

    /// <summary>The path with each parameter replaced by <paramref name="value"/>(name), inserted as given (escape it first unless raw on purpose).</summary>
    public string Url(Func<string, string> value)
    {
        var url = Path;
        foreach (var parameter in PathParameters)
        {
            url = url.Replace("{" + parameter + "}", value(parameter), StringComparison.Ordinal);
        }

        return url;
    }

    public override string ToString() => $"{OperationId} ({Method} {Path})";
}
