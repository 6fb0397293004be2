namespace HealthFlows.Server.Security;

/// <summary>Claim types HealthFlows puts on its principals.</summary>
public static class HealthFlowsClaims
{
    /// <summary>A /workflows path an API key is restricted to (one claim per path).</summary>
    public const string TriggerPath = "healthflows:trigger_path";

    /// <summary>How the caller signed in: <c>apiKey</c>, <c>user</c> (our token) or <c>external</c>.</summary>
    public const string AuthenticationKind = "healthflows:auth_kind";
}
