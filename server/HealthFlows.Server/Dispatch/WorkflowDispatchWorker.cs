using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Leases;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Dispatch;

/// <summary>Runs dispatched instances, a few at a time.</summary>
public sealed partial class WorkflowDispatchWorker(
    WorkflowDispatcher dispatcher,
    IServiceScopeFactory scopes,
    IInstanceLeaseStore leases,
    IOptions<LeaseOptions> leaseOptions,
    ILogger<WorkflowDispatchWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Math.Max(2, Environment.ProcessorCount);
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunAsync(stoppingToken)));
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var instanceId in dispatcher.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().RunQueuedAsync(instanceId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The instance stays saved as Running: clustered, the lease is dropped so the next sweep (of any node)
                    // runs it again; otherwise the next start-up recovery does.
                    LogRunFailed(logger, ex, instanceId);
                    await ReleaseLeaseAsync(instanceId, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReleaseLeaseAsync(string instanceId, CancellationToken stoppingToken)
    {
        if (leaseOptions.Value.NodeId is not { } node)
        {
            return;
        }

        try
        {
            await leases.ReleaseAsync(instanceId, node, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease then lapses on its own once this node stops renewing it, or at this node's next restart.
            LogReleaseFailed(logger, ex, instanceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the lease of instance {InstanceId} after its run failed.")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running queued instance {InstanceId} failed; it stays queued for recovery.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string instanceId);
}
