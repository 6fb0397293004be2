namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Bootstrap</c>: what a new installation starts with.</summary>
public sealed class BootstrapOptions
{
    /// <summary>An admin API key seeded (hashed) when no key exists yet; from configuration or the environment, never the repo.</summary>
    public string? AdminApiKey { get; set; }
}
