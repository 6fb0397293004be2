using HealthFlows.Runtime.Dashboard;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>The operations dashboard: instances per hour by status, failure rate, dead letters, the oldest suspended instance, the slowest steps.</summary>
public static class DashboardApi
{
    /// <summary>The window when none is asked for: the last day.</summary>
    public static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);

    private const int SlowestSteps = 10;

    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/dashboard").WithTags("Dashboard").RequireAuthorization(Policies.Read);
        api.MapGet("/", Get).WithName("GetDashboard")
            .WithSummary("Figures for a time window (from, to; default the last 24 hours, at most 7 days): instances started per hour by status, failure rate, dead letters, the oldest suspended instance, the slowest steps.");
        return api;
    }

    public static async Task<Results<Ok<DashboardResponse>, ProblemHttpResult>> Get(
        IDashboardStore dashboard, TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var end = to ?? clock.GetUtcNow();
        var start = from ?? end - DefaultRange;
        if (start >= end)
        {
            return Problems.BadRequest("from must be before to.");
        }

        if (end - start > DashboardQuery.MaxRange)
        {
            return Problems.BadRequest($"The window is at most {DashboardQuery.MaxRange.TotalDays:0} days; narrow from and to.");
        }

        var query = new DashboardQuery(start, end, SlowestSteps);
        var snapshot = await dashboard.GetAsync(query, cancellationToken);
        return TypedResults.Ok(DashboardResponse.Create(query, snapshot));
    }
}
