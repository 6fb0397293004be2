using HealthFlows.Persistence.Migrations;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Cluster;
using HealthFlows.Server.Dispatch;
using HealthFlows.Server.Samples;
using HealthFlows.Server.Security;
using HealthFlows.Server.Triggers.Timers;

namespace HealthFlows.Server.Hosting;

/// <summary>
/// Runs before the server takes requests: migrates the database, seeds the admin key and user and the samples (workflows, cost centers),
/// then picks up work a previous process left (queued instances, timed bookmarks) and schedules the timer triggers.
/// </summary>
public static class StartupInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);
        await ReencryptIfAskedAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<AdminKeyBootstrapper>().SeedAsync(cancellationToken);
        await provider.GetRequiredService<AdminUserBootstrapper>().SeedAsync(cancellationToken);
        await provider.GetRequiredService<SampleWorkflowLoader>().LoadAsync(cancellationToken);
        await provider.GetRequiredService<SampleMasterDataLoader>().LoadAsync(cancellationToken);

        if (provider.GetService<LeaseSweeper>() is { } sweeper)
        {
            // Clustered: only instances no live node holds (a lapsed lease, or this node id's from before a restart).
            await sweeper.RecoverAsync(cancellationToken);
        }
        else
        {
            var dispatcher = provider.GetRequiredService<WorkflowDispatcher>();
            foreach (var id in await provider.GetRequiredService<IWorkflowInstanceStore>().ListIdsByStatusAsync(WorkflowStatus.Running, 100_000, cancellationToken))
            {
                dispatcher.Enqueue(id);
            }
        }

        var timed = await provider.GetRequiredService<IBookmarkStore>().ListDueAsync(DateTimeOffset.MaxValue, 100_000, cancellationToken);
        foreach (var scheduler in provider.GetServices<IBookmarkScheduler>())
        {
            await scheduler.ScheduleAsync(timed, cancellationToken);
        }

        await provider.GetRequiredService<TimerTriggerScheduler>().StartAsync(cancellationToken);
        await provider.GetRequiredService<Messages.RawMessagePurgeSchedule>().ArmAsync(cancellationToken);
        await WarmUpAsync(provider, cancellationToken);
    }

    // The first message after a start would otherwise pay for parsing its scripts, jitting the executor and compiling the
    // store's queries (hundreds of milliseconds); here it costs start-up a fraction of that, and nothing is written.
    private static async Task WarmUpAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        await provider.GetRequiredService<ExecutionWarmUp>().RunAsync(cancellationToken);
        await provider.GetRequiredService<IWorkflowInstanceStore>().FindAsync("warm-up", cancellationToken);
        await provider.GetRequiredService<ICostCenterStore>().ResolveAsync(CostCenterSourceKind.Department, "WARM-UP", DateOnly.MinValue, cancellationToken);
    }

    /// <summary>After a key rotation (or over a database written before encryption): every payload rewritten under the current key.</summary>
    private static async Task ReencryptIfAskedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.HealthFlowsOptions>>().Value.Encryption.ReencryptOnStart)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupInitializer));
        var counts = await services.GetRequiredService<HealthFlows.Persistence.Encryption.PayloadReencryptor>().ReencryptAsync(cancellationToken);
        logger.LogInformation("Re-encrypted the stored payloads under key {KeyId}: {Counts}.",
            services.GetRequiredService<HealthFlows.Persistence.Encryption.PayloadProtector>().CurrentKeyId,
            string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
    }
}
