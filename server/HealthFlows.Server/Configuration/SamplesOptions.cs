namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Samples</c>: the sample workflows and cost center master data loaded into an empty database.</summary>
public sealed class SamplesOptions
{
    /// <summary>Load <c>workflows/*.json</c>, and seed sample cost centers and mappings into an empty store, on first start. Default true.</summary>
    public bool Load { get; set; } = true;

    /// <summary>The folder with the sample workflow files; default the <c>workflows</c> folder next to the server binaries.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// The charge-capture sample's first retry delay when the ERP is unavailable, in seconds (the later retries wait 5, 30
    /// and 120 times as long). Filled into <c>{{HealthFlows:Samples:RetryDelaySeconds}}</c> when the sample is loaded. Default 60.
    /// </summary>
    public int RetryDelaySeconds { get; set; } = 60;
}
