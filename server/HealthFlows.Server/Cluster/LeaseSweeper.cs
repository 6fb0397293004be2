using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Leases;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Dispatch;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Cluster;

/// <summary>
/// Every <see cref="ClusterOptions.SweepInterval"/> (a <see cref="PeriodicTimer"/> on the injected clock): renews this
/// node's leases, claims Running instances whose lease lapsed (their node died) and queues them here, and hands timed
/// bookmarks still open a lease after they fell due (their node's timer died with it) to this node's scheduler.
/// </summary>
public sealed partial class LeaseSweeper(
    IInstanceLeaseStore leases,
    IBookmarkStore bookmarks,
    IEnumerable<IBookmarkScheduler> schedulers,
    WorkflowDispatcher dispatcher,
    IOptions<HealthFlowsOptions> options,
    TimeProvider clock,
    ILogger<LeaseSweeper> logger) : BackgroundService
{
    /// <summary>The most instances or bookmarks one sweep takes over; the next sweep takes the rest.</summary>
    public const int BatchSize = 1000;

    private ClusterOptions Cluster => options.Value.Cluster;

    /// <summary>One sweep: renew, claim and dispatch, reschedule overdue timers. Answers the instances claimed.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await leases.RenewAsync(Cluster.NodeId, now + Cluster.LeaseDuration, cancellationToken);
        var claimed = await ClaimAsync(now, includeOwn: false, cancellationToken);

        var overdue = await bookmarks.ListDueAsync(now - Cluster.LeaseDuration, BatchSize, cancellationToken);
        if (overdue.Count > 0)
        {
            foreach (var scheduler in schedulers)
            {
                await scheduler.ScheduleAsync(overdue, cancellationToken);
            }
        }

        return claimed;
    }

    /// <summary>
    /// At start-up, before serving: claims every lapsed lease and every one this node id held before a restart, and
    /// queues their instances here. Answers how many.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var total = 0;
        int count;
        do
        {
            count = (await ClaimAsync(now, includeOwn: true, cancellationToken)).Count;
            total += count;
        }
        while (count == BatchSize);
        return total;
    }

    private async Task<IReadOnlyList<string>> ClaimAsync(DateTimeOffset now, bool includeOwn, CancellationToken cancellationToken)
    {
        var claimed = await leases.ClaimAsync(Cluster.NodeId, now, now + Cluster.LeaseDuration, includeOwn, BatchSize, cancellationToken);
        foreach (var id in claimed)
        {
            dispatcher.Enqueue(id);
        }

        if (claimed.Count > 0)
        {
            LogClaimed(logger, claimed.Count, Cluster.NodeId);
        }

        return claimed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Cluster.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database hiccup: the next tick tries again (leases last several sweeps).
                    LogSweepFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {NodeId} took over {Count} running instance(s) whose lease had lapsed.")]
    private static partial void LogClaimed(ILogger logger, int count, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease sweep failed; it runs again at the next interval.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
