namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Bootstrap</c>: what a new installation starts with.</summary>
public sealed class BootstrapOptions
{
    /// <summary>An admin API key seeded (hashed) when no key exists yet; from configuration or the environment, never the repo.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>The name of an Admin user created when no user exists yet (with <see cref="AdminPassword"/>).</summary>
    public string? AdminUser { get; set; }

    /// <summary>That user's first password; from the environment, never the repo. Change it after the first sign-in.</summary>
    public string? AdminPassword { get; set; }
}
