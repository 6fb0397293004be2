using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Triggers;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Cluster;

/// <summary>
/// Tells this node about publishes, retracts and deletes another node handled: every
/// <see cref="ClusterOptions.PublishPollInterval"/> it reads the published (definition, version) set and invalidates
/// the trigger catalog when the set changed since the last look, so HTTP routes and MLLP ports follow. The first look
/// always invalidates: something may have changed between this node's first catalog load and it.
/// </summary>
public sealed partial class PublishedSetWatcher(
    TriggerCatalog catalog,
    IWorkflowDefinitionStore definitions,
    IOptions<HealthFlowsOptions> options,
    TimeProvider clock,
    ILogger<PublishedSetWatcher> logger) : BackgroundService
{
    private HashSet<(string DefinitionId, int Version)>? _lastSeen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Cluster.PublishPollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogCheckFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Invalidates the catalog when the stored published set changed since the last check; answers whether it did.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var stored = await definitions.ListPublishedAsync(cancellationToken);
        var current = stored.Select(v => (v.DefinitionId, v.Version)).ToHashSet();
        if (_lastSeen is not null && _lastSeen.SetEquals(current))
        {
            return false;
        }

        _lastSeen = current;
        catalog.Invalidate();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for workflows published on other nodes failed; it runs again at the next interval.")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
