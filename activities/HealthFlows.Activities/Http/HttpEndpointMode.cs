namespace HealthFlows.Activities.Http;

/// <summary>Whether an HTTP endpoint's caller waits for the run or only for it to be saved.</summary>
public enum HttpEndpointMode
{
    /// <summary>The request waits while the run executes and gets the first HTTP Response (or a default).</summary>
    Sync,

    /// <summary>The request is answered 202 as soon as the instance is saved; it runs in the background.</summary>
    Async,
}
