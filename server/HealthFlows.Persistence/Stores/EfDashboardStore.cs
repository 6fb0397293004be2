using System.Linq.Expressions;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Dashboard;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// The dashboard's figures as grouped counts and aggregates computed by the database, so a busy week costs a few small
/// result sets rather than every instance row. Written in LINQ only, so SQLite, PostgreSQL and SQL Server run the same query.
/// </summary>
public sealed class EfDashboardStore(IDbContextFactory<HealthFlowsDbContext> contexts) : IDashboardStore
{
    public async Task<DashboardSnapshot> GetAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var start = query.FirstHour;
        var end = query.To.ToUniversalTime();
        var hours = query.HourCount;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var grouped = await db.WorkflowInstances
            .Where(i => i.CreatedAt >= start && i.CreatedAt < end)
            .GroupBy(HourOf(start, hours))
            .Select(g => new
            {
                Hour = g.Key,
                Running = g.Count(i => i.SubStatus == WorkflowSubStatus.Executing),
                Suspended = g.Count(i => i.SubStatus == WorkflowSubStatus.Suspended),
                Completed = g.Count(i => i.SubStatus == WorkflowSubStatus.Completed),
                Faulted = g.Count(i => i.SubStatus == WorkflowSubStatus.Faulted),
                Cancelled = g.Count(i => i.SubStatus == WorkflowSubStatus.Cancelled),
            })
            .ToListAsync(cancellationToken);
        var byHour = grouped.ToDictionary(g => g.Hour);
        var counts = Enumerable.Range(0, hours)
            .Select(h => byHour.TryGetValue(h, out var g)
                ? new HourlyInstanceCounts(start.AddHours(h), g.Running, g.Suspended, g.Completed, g.Faulted, g.Cancelled)
                : new HourlyInstanceCounts(start.AddHours(h), 0, 0, 0, 0, 0))
            .ToList();

        var pending = await db.DeadLetters.CountAsync(d => d.Status == DeadLetterStatus.Pending, cancellationToken);
        var deadLettersInRange = await db.DeadLetters.CountAsync(d => d.CreatedAt >= start && d.CreatedAt < end, cancellationToken);

        var suspended = db.WorkflowInstances.Where(i => i.Status == WorkflowStatus.Suspended);
        var suspendedCount = await suspended.CountAsync(cancellationToken);
        var oldest = await suspended
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Select(i => new SuspendedInstance(i.Id, i.DefinitionId, i.Version, i.Name, i.CreatedAt, i.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);

        var steps = await (
                from j in db.JournalEntries
                join i in db.WorkflowInstances on j.InstanceId equals i.Id
                where j.StartedAt >= start && j.StartedAt < end
                group j by new { i.DefinitionId, j.NodeId, j.ActivityType } into g
                select new { g.Key.DefinitionId, g.Key.NodeId, g.Key.ActivityType, Runs = g.Count(), AverageMs = g.Average(j => j.DurationMs), MaxMs = g.Max(j => j.DurationMs) })
            .OrderByDescending(s => s.AverageMs)
            .ThenBy(s => s.DefinitionId)
            .ThenBy(s => s.NodeId)
            .Take(Math.Max(query.SlowestStepCount, 0))
            .ToListAsync(cancellationToken);

        return new DashboardSnapshot(
            counts, pending, deadLettersInRange, suspendedCount, oldest,
            [.. steps.Select(s => new StepDuration(s.DefinitionId, s.NodeId, s.ActivityType, s.Runs, s.AverageMs, s.MaxMs))]);
    }

    /// <summary>
    /// The hour an instance started in, as an index from <paramref name="start"/>: the number of hour boundaries at or before
    /// its CreatedAt, one CASE per boundary, summed as a balanced tree to keep the expression shallow. Date arithmetic would need
    /// a different function on each provider (and SQLite stores ticks); comparisons with constants translate everywhere, and
    /// constants rather than parameters let SQL Server see that the GROUP BY and SELECT expressions are the same.
    /// </summary>
    private static Expression<Func<WorkflowInstanceRecord, int>> HourOf(DateTimeOffset start, int hours)
    {
        var instance = Expression.Parameter(typeof(WorkflowInstanceRecord), "i");
        var createdAt = Expression.Property(instance, nameof(WorkflowInstanceRecord.CreatedAt));
        var terms = Enumerable.Range(1, hours - 1)
            .Select(h => (Expression)Expression.Condition(
                Expression.GreaterThanOrEqual(createdAt, Expression.Constant(start.AddHours(h))),
                Expression.Constant(1),
                Expression.Constant(0)))
            .ToList();
        return Expression.Lambda<Func<WorkflowInstanceRecord, int>>(terms.Count == 0 ? Expression.Constant(0) : Sum(terms, 0, terms.Count), instance);
    }

    private static Expression Sum(List<Expression> terms, int from, int count) => count == 1
        ? terms[from]
        : Expression.Add(Sum(terms, from, count / 2), Sum(terms, from + (count / 2), count - (count / 2)));
}
