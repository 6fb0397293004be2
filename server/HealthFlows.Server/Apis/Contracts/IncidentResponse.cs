using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>An incident as the API shows it.</summary>
public sealed record IncidentResponse(string Id, string NodeId, string ActivityType, string ExceptionType, string Message, DateTimeOffset Timestamp)
{
    public static IncidentResponse From(Incident i) => new(i.Id, i.NodeId, i.ActivityType, i.ExceptionType, i.Message, i.Timestamp);
}
