using HealthFlows.Runtime.Descriptors;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>The activity palette, generated from the registered activity classes.</summary>
public static class ActivityDescriptorsApi
{
    public static RouteGroupBuilder MapActivityDescriptorsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/activity-descriptors").WithTags("Activity descriptors");
        api.MapGet("/", List).WithName("ListActivityDescriptors").WithSummary("Lists every registered activity with its inputs, outputs and outcomes.").RequireAuthorization(Policies.Read);
        return api;
    }

    public static Ok<ListResponse<ActivityDescriptor>> List(ActivityRegistry registry) =>
        TypedResults.Ok(new ListResponse<ActivityDescriptor>(registry.Descriptors, registry.Descriptors.Count));
}
