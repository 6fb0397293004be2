namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:ErpSandbox</c>: the Business Central stand-in hosted under <c>/sandbox/erp</c> in the embedded default.</summary>
public sealed class ErpSandboxHostingOptions
{
    /// <summary>Host the sandbox. Default true; production configurations turn it off.</summary>
    public bool Enabled { get; set; } = true;

    public string ClientId { get; set; } = "healthflows";

    /// <summary>When empty, a random secret is made on first start and kept in the data directory.</summary>
    public string? ClientSecret { get; set; }
}
