using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>The answers a sync HTTP Endpoint gives when the run set no HTTP Response.</summary>
public static class HttpTriggerResponses
{
    public const string InstanceHeader = "X-Workflow-Instance-Id";

    public static string StatusUrl(string instanceId) => $"/api/workflow-instances/{instanceId}";

    /// <summary>202 with Location for a saved instance that has not finished (queued or waiting).</summary>
    public static IResult Accepted(WorkflowInstance instance) =>
        TypedResults.Accepted(StatusUrl(instance.Id), new HttpTriggerAccepted(instance.Id, instance.DefinitionId, instance.Version, instance.Status, instance.SubStatus, StatusUrl(instance.Id)));

    /// <summary>The default for a run without HTTP Response: 200 with the summary when finished, 202 while waiting, 500 problem when faulted.</summary>
    public static IResult ForRun(RunResult result)
    {
        if (result.Status != RunStatus.Ok || result.Instance is not { } instance)
        {
            return Problems.Conflict(result.Message ?? "The instance could not be saved.");
        }

        if (!instance.IsFinished)
        {
            return Accepted(instance);
        }

        return instance.SubStatus == WorkflowSubStatus.Faulted
            ? HttpTriggerProblems.Faulted(instance.Id, result.Incidents.Select(i => i.Message))
            : TypedResults.Ok(ExecutionResponse.From(instance, result.Incidents));
    }
}
