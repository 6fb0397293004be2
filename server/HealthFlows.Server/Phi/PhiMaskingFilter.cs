using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Server.Apis.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Phi;

/// <summary>
/// Masks the payloads in what a group's endpoints answer (instances, executions, dead letters), after the handler, so the
/// handlers stay as they are and a new endpoint returning these types is masked too.
/// </summary>
public static class PhiMaskingFilter
{
    public static TBuilder MaskPhi<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var result = await next(invocation);
            var masker = invocation.HttpContext.RequestServices.GetRequiredService<PhiMasker>();
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            return inner switch
            {
                Ok<WorkflowInstanceResponse> { Value: { } instance } => TypedResults.Ok(masker.Mask(instance)),
                Ok<ExecutionResponse> { Value: { } execution } => TypedResults.Ok(masker.Mask(execution)),
                Accepted<ExecutionResponse> { Value: { } queued } => TypedResults.Accepted($"/api/workflow-instances/{queued.InstanceId}", masker.Mask(queued)),
                Ok<DeadLetter> { Value: { } deadLetter } => TypedResults.Ok(masker.Mask(deadLetter)),
                Ok<ListResponse<DeadLetter>> { Value: { } list } => TypedResults.Ok(list with { Items = [.. list.Items.Select(masker.Mask)] }),
                Ok<DeadLetterActionResponse> { Value: { } action } => TypedResults.Ok(new DeadLetterActionResponse(
                    masker.Mask(action.DeadLetter), action.Execution is { } e ? masker.Mask(e) : null)),
                _ => result,
            };
        });
}
