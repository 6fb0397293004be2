namespace HealthFlows.ErpSandbox;

/// <summary>Settings of the ERP sandbox; bind them from the <c>ErpSandbox</c> configuration section.</summary>
public sealed class ErpSandboxOptions
{
    /// <summary>
    /// The SQLite file that holds the sandbox's data, relative to the host's content root; created with its folder
    /// on first start. Default <c>erp-sandbox.db</c>.
    /// </summary>
    public string DatabasePath { get; set; } = "erp-sandbox.db";

    /// <summary>The only client id the token endpoint accepts. Required.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The secret that goes with <see cref="ClientId"/>; it also signs the issued tokens. Required.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>How long an access token stays valid. Default 3599 seconds, as Microsoft Entra ID issues them.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(3599);

    /// <summary>The name of the company seeded on first start, at most 30 characters. Default <c>HealthFlows Sandbox Hospital</c>.</summary>
    public string CompanyName { get; set; } = "HealthFlows Sandbox Hospital";
}
