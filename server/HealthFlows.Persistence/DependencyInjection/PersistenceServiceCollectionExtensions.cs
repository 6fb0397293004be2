using HealthFlows.Persistence;
using HealthFlows.Persistence.Encryption;
using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Leases;
using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Runtime.Dashboard;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HealthFlows.Runtime.Triggers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the EF Core stores.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds a pooled <see cref="HealthFlowsDbContext"/> factory for the configured provider, the Runtime's stores (the cost center store too), the API
    /// key and user stores, the audit trail and the <see cref="IDatabaseMigrator"/> the host runs at start-up. The host must reference the provider's
    /// migrations assembly (see <see cref="MigrationAssemblies"/>).
    /// </summary>
    public static IServiceCollection AddHealthFlowsPersistence(this IServiceCollection services, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddPooledDbContextFactory<HealthFlowsDbContext>(builder => HealthFlowsDbContextOptions.Configure(builder, options));
        services.AddSingleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddSingleton<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddSingleton<IBookmarkStore, EfBookmarkStore>();
        services.AddSingleton<IApiKeyStore, EfApiKeyStore>();
        services.AddSingleton<IUserAccountStore, EfUserAccountStore>();
        services.AddSingleton<ICostCenterStore, EfCostCenterStore>();
        services.AddSingleton<IDeadLetterStore, EfDeadLetterStore>();
        services.AddSingleton<IInstanceLeaseStore, EfInstanceLeaseStore>();
        services.AddSingleton<IDashboardStore, EfDashboardStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditTrail, EfAuditTrail>();
        services.AddSingleton<ITimerTriggerStore, EfTimerTriggerStore>();
        services.AddSingleton<IRawMessageStore, EfRawMessageStore>();
        services.AddSingleton<PayloadReencryptor>();
        services.AddSingleton<IDatabaseMigrator, DatabaseMigrator>();
        return services;
    }
}
