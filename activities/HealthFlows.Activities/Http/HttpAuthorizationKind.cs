namespace HealthFlows.Activities.Http;

/// <summary>Who may call an HTTP endpoint or callback.</summary>
public enum HttpAuthorizationKind
{
    /// <summary>Anyone; for callers that cannot send a key (keep such workflows free of side effects an outsider could abuse).</summary>
    Anonymous,

    /// <summary>Any valid HealthFlows API key in X-Api-Key.</summary>
    ApiKey,

    /// <summary>A valid API key that carries a named role (Admin keys always pass).</summary>
    Role,
}
