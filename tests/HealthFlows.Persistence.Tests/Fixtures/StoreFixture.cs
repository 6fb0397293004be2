using HealthFlows.Persistence;
using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Dashboard;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Leases;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>The stores as the server registers them, over a freshly migrated database of one provider.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public abstract DatabaseProvider Provider { get; }

    public PersistenceOptions Options { get; private set; } = new();

    public IWorkflowDefinitionStore Definitions => Get<IWorkflowDefinitionStore>();

    public IWorkflowInstanceStore Instances => Get<IWorkflowInstanceStore>();

    public IBookmarkStore Bookmarks => Get<IBookmarkStore>();

    public IApiKeyStore ApiKeys => Get<IApiKeyStore>();

    public IUserAccountStore Users => Get<IUserAccountStore>();

    public ICostCenterStore CostCenters => Get<ICostCenterStore>();
    public IDeadLetterStore DeadLetters => Get<IDeadLetterStore>();

    public IInstanceLeaseStore Leases => Get<IInstanceLeaseStore>();

    public IDashboardStore Dashboard => Get<IDashboardStore>();

    /// <summary>A context over the same database, for asserting on rows directly.</summary>
    public HealthFlowsDbContext CreateDbContext() => Get<IDbContextFactory<HealthFlowsDbContext>>().CreateDbContext();

    public async ValueTask InitializeAsync()
    {
        Options = await CreateOptionsAsync();
        services = new ServiceCollection().AddHealthFlowsPersistence(Options).BuildServiceProvider();
        await Get<IDatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task<PersistenceOptions> CreateOptionsAsync();

    private T Get<T>()
        where T : notnull =>
        (services ?? throw new InvalidOperationException("The fixture is not initialized.")).GetRequiredService<T>();
}
