using HealthFlows.Runtime.Dashboard;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>
/// The dashboard for a window. <c>failureRate</c> is faulted ÷ (completed + faulted) of the instances started in the window,
/// null when none of them has ended that way yet; running, suspended and cancelled ones are not counted in it.
/// </summary>
public sealed record DashboardResponse(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<HourlyInstanceCounts> Hours,
    DashboardTotals Totals,
    double? FailureRate,
    DashboardDeadLetters DeadLetters,
    int SuspendedCount,
    SuspendedInstance? OldestSuspended,
    IReadOnlyList<StepDuration> SlowestSteps)
{
    public static DashboardResponse Create(DashboardQuery query, DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        var totals = new DashboardTotals(
            snapshot.Hours.Sum(h => h.Total), snapshot.Hours.Sum(h => h.Running), snapshot.Hours.Sum(h => h.Suspended),
            snapshot.Hours.Sum(h => h.Completed), snapshot.Hours.Sum(h => h.Faulted), snapshot.Hours.Sum(h => h.Cancelled));
        var ended = totals.Completed + totals.Faulted;
        return new(
            query.From, query.To, snapshot.Hours, totals, ended == 0 ? null : (double)totals.Faulted / ended,
            new DashboardDeadLetters(snapshot.PendingDeadLetters, snapshot.DeadLettersInRange),
            snapshot.SuspendedCount, snapshot.OldestSuspended, snapshot.SlowestSteps);
    }
}
