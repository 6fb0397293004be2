using HealthFlows.Server.Security;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Phi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

using HealthFlows.Persistence.Stores;

namespace HealthFlows.Server.Apis;

/// <summary>
/// Shows an instance's payloads unmasked to a caller with the PHI permission; each reveal is an audit entry
/// (<c>phi.revealed</c>, written before the answer). Its own group, so the instance API's masking does not apply.
/// </summary>
public static class PhiRevealApi
{
    public static RouteGroupBuilder MapPhiRevealApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances").RequireAuthorization(Policies.ViewPhi);
        api.MapPost("/{instanceId}/reveal", RevealInstance).WithName("RevealWorkflowInstance")
            .WithSummary("Answers the instance with its input, output, variables, journal and incidents unmasked (PHI permission; audited).");
        api.MapPost("/{instanceId}/journal/{sequence}/reveal", RevealJournalEntry).WithName("RevealJournalEntry")
            .WithSummary("Answers one journal entry (a step's inputs and outputs) unmasked (PHI permission; audited).");
        api.MapPost("/{instanceId}/raw-messages/reveal", RevealRawMessages).WithName("RevealRawMessages")
            .WithSummary("Answers the messages that started the instance exactly as received, from the encrypted raw message store (PHI permission; audited).");
        return api;
    }

    public static async Task<Results<Ok<WorkflowInstanceResponse>, ProblemHttpResult>> RevealInstance(
        IWorkflowInstanceStore instances, IOptions<PhiOptions> options, HttpContext http, string instanceId, CancellationToken cancellationToken)
    {
        if (!PhiAccess.CanReveal(http.User, options.Value))
        {
            return Forbidden();
        }

        var instance = await instances.FindAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"There is no workflow instance '{instanceId}'.");
        }

        var journal = await instances.GetJournalAsync(instanceId, cancellationToken);
        var incidents = await instances.GetIncidentsAsync(instanceId, cancellationToken);
        return TypedResults.Ok(WorkflowInstanceResponse.From(instance, journal, incidents));
    }

    public static async Task<Results<Ok<JournalEntryResponse>, ProblemHttpResult>> RevealJournalEntry(
        IWorkflowInstanceStore instances, IOptions<PhiOptions> options, HttpContext http, string instanceId, int sequence, CancellationToken cancellationToken)
    {
        if (!PhiAccess.CanReveal(http.User, options.Value))
        {
            return Forbidden();
        }

        var journal = await instances.GetJournalAsync(instanceId, cancellationToken);
        var entry = journal.FirstOrDefault(e => e.Sequence == sequence);
        return entry is null
            ? Problems.NotFound($"Workflow instance '{instanceId}' has no journal entry {sequence}.")
            : TypedResults.Ok(JournalEntryResponse.From(entry));
    }

    public static async Task<Results<Ok<ListResponse<RawMessageResponse>>, ProblemHttpResult>> RevealRawMessages(
        IWorkflowInstanceStore instances, IRawMessageStore rawMessages, IOptions<PhiOptions> options, HttpContext http, string instanceId, CancellationToken cancellationToken)
    {
        if (!PhiAccess.CanReveal(http.User, options.Value))
        {
            return Forbidden();
        }

        var messages = await rawMessages.ListForInstanceAsync(instanceId, cancellationToken);
        if (messages.Count == 0 && await instances.FindAsync(instanceId, cancellationToken) is null)
        {
            return Problems.NotFound($"There is no workflow instance '{instanceId}' and no raw message of it.");
        }

        return TypedResults.Ok(new ListResponse<RawMessageResponse>([.. messages.Select(RawMessageResponse.From)], messages.Count));
    }

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Forbidden",
        Detail = $"Revealing patient data needs the {PhiAccess.PhiViewer} permission.",
    });
}
