namespace HealthFlows.Server.Configuration;

/// <summary>The <c>HealthFlows</c> configuration section (see docs/operations.md for every key).</summary>
public sealed class HealthFlowsOptions
{
    public const string SectionName = "HealthFlows";

    /// <summary>Where the embedded database and other local files live. Default <c>data</c> under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseOptions Database { get; set; } = new();

    public BootstrapOptions Bootstrap { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public RateLimitsOptions RateLimits { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    public HttpsOptions Https { get; set; } = new();

    public SamplesOptions Samples { get; set; } = new();

    public ErpSandboxHostingOptions ErpSandbox { get; set; } = new();

    public ClusterOptions Cluster { get; set; } = new();
    public TimerOptions Timers { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public EncryptionOptions Encryption { get; set; } = new();

    public MessagesOptions Messages { get; set; } = new();

    /// <summary>The built designer (designer/dist); when empty, looked for next to the repository checkout.</summary>
    public string? DesignerPath { get; set; }

    /// <summary>Largest request body accepted by the API, in bytes. Default 4 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}
