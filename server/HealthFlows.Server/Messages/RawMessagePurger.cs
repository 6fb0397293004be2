using HealthFlows.Persistence.Stores;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Messages;

/// <summary>Deletes raw messages older than the retention period, in batches, by the injected clock.</summary>
public sealed partial class RawMessagePurger(
    IRawMessageStore store,
    TimeProvider clock,
    IOptions<HealthFlowsOptions> options,
    ILogger<RawMessagePurger> logger)
{
    private long runs;

    /// <summary>How many purges have finished (tests wait on it).</summary>
    public long CompletedRuns => Interlocked.Read(ref runs);

    /// <summary>Deletes every message received before now − retention; answers how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Messages;
        var cutoff = clock.GetUtcNow() - settings.Retention;
        var total = 0;
        int deleted;
        do
        {
            deleted = await store.DeleteReceivedBeforeAsync(cutoff, Math.Max(1, settings.PurgeBatchSize), cancellationToken);
            total += deleted;
        }
        while (deleted > 0);

        if (total > 0)
        {
            LogPurged(logger, total, cutoff);
        }

        Interlocked.Increment(ref runs);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} raw messages received before {Cutoff:O}.")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);
}
