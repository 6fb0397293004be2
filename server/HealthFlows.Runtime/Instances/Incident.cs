namespace HealthFlows.Runtime.Instances;

/// <summary>A fault recorded against an instance: which activity, which error, when.</summary>
public sealed class Incident
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string ExceptionType { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }
}
