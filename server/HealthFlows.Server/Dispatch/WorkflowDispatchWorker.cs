using HealthFlows.Runtime.Execution;

namespace HealthFlows.Server.Dispatch;

/// <summary>Runs dispatched instances, a few at a time.</summary>
public sealed partial class WorkflowDispatchWorker(WorkflowDispatcher dispatcher, IServiceScopeFactory scopes, ILogger<WorkflowDispatchWorker> logger) : BackgroundService
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
                    // The instance stays saved as Running; the next start-up recovery runs it again.
                    LogRunFailed(logger, ex, instanceId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running queued instance {InstanceId} failed; it stays queued for recovery.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string instanceId);
}
