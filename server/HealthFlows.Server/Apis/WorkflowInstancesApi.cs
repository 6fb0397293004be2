using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Workflow instances: list, inspect (journal and incidents), cancel, retry, delete.</summary>
public static class WorkflowInstancesApi
{
    public static RouteGroupBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances");
        api.MapGet("/", List).WithName("ListWorkflowInstances").WithSummary("Lists instances, newest first, by definition, version, status, correlation id and time range.").RequireAuthorization(Policies.Read);
        api.MapGet("/{instanceId}", Get).WithName("GetWorkflowInstance").WithSummary("Gets an instance with its variables, bookmarks, journal and incidents.").RequireAuthorization(Policies.Read);
        api.MapPost("/{instanceId}/cancel", Cancel).WithName("CancelWorkflowInstance").WithSummary("Cancels a running or suspended instance.").RequireAuthorization(Policies.Operate);
        api.MapPost("/{instanceId}/retry", Retry).WithName("RetryWorkflowInstance").WithSummary("Runs a faulted instance again from its faulted activity.").RequireAuthorization(Policies.Operate);
        api.MapDelete("/{instanceId}", Delete).WithName("DeleteWorkflowInstance").WithSummary("Deletes an instance with its journal, incidents and bookmarks.").RequireAuthorization(Policies.Operate);
        return api;
    }

    public static async Task<Results<Ok<ListResponse<WorkflowInstanceSummary>>, ProblemHttpResult>> List(
        [AsParameters] InstanceApiServices services, string? definitionId, int? version, string? status, string? subStatus, string? correlationId,
        DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        WorkflowStatus? statusFilter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problems.BadRequest($"status is one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
            }

            statusFilter = parsed;
        }

        WorkflowSubStatus? subStatusFilter = null;
        if (subStatus is not null)
        {
            if (!Enum.TryParse<WorkflowSubStatus>(subStatus, ignoreCase: true, out var parsed) || int.TryParse(subStatus, out _))
            {
                return Problems.BadRequest($"subStatus is one of {string.Join(", ", Enum.GetNames<WorkflowSubStatus>())}.");
            }

            subStatusFilter = parsed;
        }

        if (from is not null && to is not null && from > to)
        {
            return Problems.BadRequest("from must not be after to.");
        }

        var result = await services.Instances.ListAsync(new InstanceQuery(definitionId, version, statusFilter, subStatusFilter, correlationId, from, to, p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<WorkflowInstanceSummary>(result.Items, result.TotalCount));
    }

    public static async Task<Results<Ok<WorkflowInstanceResponse>, ProblemHttpResult>> Get(
        [AsParameters] InstanceApiServices services, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.FindAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return NoSuchInstance(instanceId);
        }

        var journal = await services.Instances.GetJournalAsync(instanceId, cancellationToken);
        var incidents = await services.Instances.GetIncidentsAsync(instanceId, cancellationToken);
        return TypedResults.Ok(WorkflowInstanceResponse.From(instance, journal, incidents));
    }

    public static async Task<Results<Ok<ExecutionResponse>, ProblemHttpResult>> Cancel(
        [AsParameters] InstanceApiServices services, string instanceId, CancellationToken cancellationToken) =>
        ToResponse(await services.Runner.CancelAsync(instanceId, cancellationToken));

    public static async Task<Results<Ok<ExecutionResponse>, ProblemHttpResult>> Retry(
        [AsParameters] InstanceApiServices services, string instanceId, CancellationToken cancellationToken) =>
        ToResponse(await services.Runner.RetryAsync(instanceId, cancellationToken));

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [AsParameters] InstanceApiServices services, string instanceId, CancellationToken cancellationToken) =>
        await services.Instances.DeleteAsync(instanceId, cancellationToken) ? TypedResults.NoContent() : NoSuchInstance(instanceId);

    /// <summary>Maps a runner result to the API's answer.</summary>
    public static Results<Ok<ExecutionResponse>, ProblemHttpResult> ToResponse(RunResult result) => result.Status switch
    {
        RunStatus.Ok => TypedResults.Ok(ExecutionResponse.From(result.Instance!, result.Incidents)),
        RunStatus.NotFound => Problems.NotFound(result.Message ?? "Not found."),
        _ => Problems.Conflict(result.Message ?? "Conflict."),
    };

    private static ProblemHttpResult NoSuchInstance(string instanceId) => Problems.NotFound($"There is no workflow instance '{instanceId}'.");
}
