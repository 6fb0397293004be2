namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:RateLimits</c>: how often one caller may sign in or call the workflow triggers.</summary>
public sealed class RateLimitsOptions
{
    /// <summary>Sign-in attempts per client address. Default 10 a minute.</summary>
    public RateLimitOptions SignIn { get; set; } = new() { PermitLimit = 10 };

    /// <summary>Calls to <c>/workflows/…</c> per API key, or per client address without a key. Default 600 a minute.</summary>
    public RateLimitOptions Triggers { get; set; } = new() { PermitLimit = 600 };
}
