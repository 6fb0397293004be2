namespace HealthFlows.Runtime.Instances;

/// <summary>
/// Which node works a Running instance, and until when. The owner renews it while the instance is queued or running
/// there; once it has expired (the node died), any node may claim the instance and run its saved work.
/// </summary>
public sealed record InstanceLease(string Owner, DateTimeOffset ExpiresAt);
