namespace HealthFlows.Server.Configuration;

/// <summary>
/// <c>HealthFlows:Samples</c>: the sample workflows and cost center master data loaded into an empty database. Sample files
/// may read further keys of this section through placeholders (<c>MllpPort</c>, <c>RetryDelaySeconds</c>; see <see cref="Samples.SamplePlaceholders"/>).
/// </summary>
public sealed class SamplesOptions
{
    /// <summary>Load <c>workflows/*.json</c>, and seed sample cost centers and mappings into an empty store, on first start. Default true.</summary>
    public bool Load { get; set; } = true;

    /// <summary>The folder with the sample workflow files; default the <c>workflows</c> folder next to the server binaries.</summary>
    public string? Directory { get; set; }
}
