using HealthFlows.Server.Security;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>The audit trail: who changed what, when and from where, and whether the hash chain still verifies.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Administer);
        api.MapGet("/", List).WithName("ListAuditEntries")
            .WithSummary("Lists audit entries, newest first, by actor (id or name), action, target type and id, and time range.");
        api.MapGet("/verify", Verify).WithName("VerifyAuditTrail")
            .WithSummary("Recomputes the hash chain from the first entry; answers whether it is intact and where it first breaks.");
        return api;
    }

    public static async Task<Results<Ok<ListResponse<AuditEntry>>, ProblemHttpResult>> List(
        IAuditTrail trail, string? actor, string? action, string? targetType, string? targetId, DateTimeOffset? from, DateTimeOffset? to,
        int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (from is not null && to is not null && from > to)
        {
            return Problems.BadRequest("from must not be after to.");
        }

        var result = await trail.ListAsync(new AuditQuery(actor, action, targetType, targetId, from, to, p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<AuditEntry>(result.Items, result.TotalCount));
    }

    public static async Task<Ok<AuditVerification>> Verify(IAuditTrail trail, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trail.VerifyAsync(cancellationToken));
}
