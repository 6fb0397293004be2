namespace HealthFlows.Activities.Http;

/// <summary>An HTTP Endpoint node's route settings, read from its fixed input values; <see cref="Problems"/> lists what is wrong with them.</summary>
public sealed record HttpEndpointSettings(
    string Path,
    IReadOnlyList<string> Methods,
    HttpAuthorization Authorization,
    long MaxBodyBytes,
    IReadOnlyList<string> ContentTypes,
    HttpEndpointMode Mode,
    IReadOnlyList<string> Problems)
{
    /// <summary>Paths under /workflows/ that belong to the server itself (callbacks), never to a workflow.</summary>
    public const string ReservedPrefix = "callbacks";

    public bool IsValid => Problems.Count == 0;
}
