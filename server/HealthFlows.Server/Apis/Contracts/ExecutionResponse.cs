using System.Text.Json;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>What an execute or resume call did to the instance.</summary>
public sealed record ExecutionResponse(
    string InstanceId,
    string DefinitionId,
    int Version,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    JsonElement? Output,
    IReadOnlyList<IncidentResponse> Incidents)
{
    public static ExecutionResponse From(WorkflowInstance instance, IEnumerable<Incident> incidents) =>
        new(instance.Id, instance.DefinitionId, instance.Version, instance.Status, instance.SubStatus, instance.Output, [.. incidents.Select(IncidentResponse.From)]);
}
