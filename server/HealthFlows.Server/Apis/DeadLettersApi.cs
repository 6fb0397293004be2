using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>The dead-letter queue: work a Queue Retry gave up on, to inspect, replay or discard.</summary>
public static class DeadLettersApi
{
    public static RouteGroupBuilder MapDeadLettersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/dead-letters").WithTags("Dead letters");
        api.MapGet("/", List).WithName("ListDeadLetters").WithSummary("Lists dead letters, newest first, by status and definition.").RequireAuthorization(Policies.Read);
        api.MapGet("/{deadLetterId}", Get).WithName("GetDeadLetter").WithSummary("Gets a dead letter with its payload and error history.").RequireAuthorization(Policies.Read);
        api.MapPost("/{deadLetterId}/replay", Replay).WithName("ReplayDeadLetter").WithSummary("Runs the retried step of a pending dead letter again, with a fresh retry schedule.").RequireAuthorization(Policies.Operate);
        api.MapPost("/{deadLetterId}/discard", Discard).WithName("DiscardDeadLetter").WithSummary("Ends the work of a pending dead letter; its Queue Retry follows Discarded.").RequireAuthorization(Policies.Operate);
        return api;
    }

    public static async Task<Results<Ok<ListResponse<DeadLetter>>, ProblemHttpResult>> List(
        [AsParameters] DeadLetterApiServices services, string? status, string? definitionId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        DeadLetterStatus? statusFilter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<DeadLetterStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problems.BadRequest($"status is one of {string.Join(", ", Enum.GetNames<DeadLetterStatus>())}.");
            }

            statusFilter = parsed;
        }

        var result = await services.Store.ListAsync(new DeadLetterQuery(statusFilter, definitionId, p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<DeadLetter>(result.Items, result.TotalCount));
    }

    public static async Task<Results<Ok<DeadLetter>, ProblemHttpResult>> Get(
        [AsParameters] DeadLetterApiServices services, string deadLetterId, CancellationToken cancellationToken) =>
        await services.Store.FindAsync(deadLetterId, cancellationToken) is { } deadLetter
            ? TypedResults.Ok(deadLetter)
            : Problems.NotFound($"There is no dead letter '{deadLetterId}'.");

    public static async Task<Results<Ok<DeadLetterActionResponse>, ProblemHttpResult>> Replay(
        [AsParameters] DeadLetterApiServices services, string deadLetterId, CancellationToken cancellationToken) =>
        ToResponse(await services.DeadLetters.ReplayAsync(deadLetterId, cancellationToken));

    public static async Task<Results<Ok<DeadLetterActionResponse>, ProblemHttpResult>> Discard(
        [AsParameters] DeadLetterApiServices services, string deadLetterId, CancellationToken cancellationToken) =>
        ToResponse(await services.DeadLetters.DiscardAsync(deadLetterId, cancellationToken));

    private static Results<Ok<DeadLetterActionResponse>, ProblemHttpResult> ToResponse(DeadLetterActionResult result) => result.Status switch
    {
        RunStatus.Ok => TypedResults.Ok(new DeadLetterActionResponse(
            result.DeadLetter!,
            result.Run?.Instance is { } instance ? ExecutionResponse.From(instance, result.Run.Incidents) : null)),
        RunStatus.NotFound => Problems.NotFound(result.Message ?? "Not found."),
        _ => Problems.Conflict(result.Message ?? "Conflict."),
    };
}
