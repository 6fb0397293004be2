namespace HealthFlows.Runtime.Leases;

/// <summary>How this process leases the Running instances it commits (clustered mode only).</summary>
public sealed class LeaseOptions
{
    /// <summary>This node's id, the owner written on its leases; null (the default) when not clustered: no leases are written.</summary>
    public string? NodeId { get; set; }

    /// <summary>How long a lease lasts unless renewed; another node takes the instance over after that. Default 30 s.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);
}
