namespace HealthFlows.Server.Configuration;

/// <summary>One fixed-window rate limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> per caller.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests allowed per window; 0 or less turns the limit off.</summary>
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
