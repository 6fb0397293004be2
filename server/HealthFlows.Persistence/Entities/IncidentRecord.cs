namespace HealthFlows.Persistence.Entities;

/// <summary>A fault recorded against an instance.</summary>
public sealed class IncidentRecord
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string ExceptionType { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }
}
