using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Leases;

namespace HealthFlows.Persistence.Tests.Leases;

/// <summary>What every <see cref="IInstanceLeaseStore"/> must do, run against each provider. Tests share a database, so each looks at its own instances only.</summary>
public abstract class InstanceLeaseStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly DateTimeOffset Now = TestData.Epoch;

    private IInstanceLeaseStore Store => fixture.Leases;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CommitAsync_RunningInstanceWithALease_StoresOwnerAndExpiry()
    {
        var instance = await RunningAsync(new InstanceLease("node-a", Now.AddSeconds(30)));

        var read = await fixture.Instances.FindAsync(instance.Id, Token);

        Assert.Equal(new InstanceLease("node-a", Now.AddSeconds(30)), read?.Lease);
    }

    [Fact]
    public async Task ClaimAsync_LiveLeaseOfAnotherNode_LeavesIt()
    {
        var instance = await RunningAsync(new InstanceLease("node-a", Now.AddSeconds(30)));

        var claimed = await Store.ClaimAsync("node-b", Now.AddSeconds(29), Now.AddSeconds(59), includeOwn: false, 100, Token);

        Assert.DoesNotContain(instance.Id, claimed);
        Assert.Equal("node-a", (await fixture.Instances.FindAsync(instance.Id, Token))?.Lease?.Owner);
    }

    [Fact]
    public async Task ClaimAsync_LapsedLease_TakesItOverForTheClaimer()
    {
        var instance = await RunningAsync(new InstanceLease("node-a", Now.AddSeconds(30)));

        var claimed = await Store.ClaimAsync("node-b", Now.AddSeconds(31), Now.AddSeconds(61), includeOwn: false, 100, Token);

        Assert.Contains(instance.Id, claimed);
        Assert.Equal(new InstanceLease("node-b", Now.AddSeconds(61)), (await fixture.Instances.FindAsync(instance.Id, Token))?.Lease);
    }

    [Fact]
    public async Task ClaimAsync_RunningInstanceWithoutALease_TakesIt()
    {
        var instance = await RunningAsync(lease: null);

        var claimed = await Store.ClaimAsync("node-b", Now, Now.AddSeconds(30), includeOwn: false, 100, Token);

        Assert.Contains(instance.Id, claimed);
    }

    [Fact]
    public async Task ClaimAsync_FinishedOrSuspendedInstance_IsNeverClaimed()
    {
        var suspended = TestData.Instance(TestData.NewId("def"), Now, status: WorkflowStatus.Suspended, subStatus: WorkflowSubStatus.Suspended);
        var finished = TestData.Instance(TestData.NewId("def"), Now, status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Completed);
        await fixture.Instances.CommitAsync(TestData.Commit(suspended), Token);
        await fixture.Instances.CommitAsync(TestData.Commit(finished), Token);

        var claimed = await Store.ClaimAsync("node-b", Now.AddHours(1), Now.AddHours(2), includeOwn: false, 1000, Token);

        Assert.DoesNotContain(suspended.Id, claimed);
        Assert.DoesNotContain(finished.Id, claimed);
    }

    [Fact]
    public async Task ClaimAsync_TwoNodesAtOnce_OnlyOneGetsEachInstance()
    {
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 20; i++)
        {
            instances.Add(await RunningAsync(new InstanceLease("node-dead", Now)));
        }

        var claims = await Task.WhenAll(
            Store.ClaimAsync("node-b", Now.AddSeconds(1), Now.AddSeconds(31), includeOwn: false, 1000, Token),
            Store.ClaimAsync("node-c", Now.AddSeconds(1), Now.AddSeconds(31), includeOwn: false, 1000, Token));

        foreach (var instance in instances)
        {
            Assert.Equal(1, claims.Count(c => c.Contains(instance.Id)));
        }
    }

    [Fact]
    public async Task ClaimAsync_IncludeOwn_TakesBackTheNodesOldLeasesOnce()
    {
        var instance = await RunningAsync(new InstanceLease("node-r", Now.AddSeconds(30)));

        var first = await Store.ClaimAsync("node-r", Now.AddSeconds(1), Now.AddSeconds(31), includeOwn: true, 100, Token);
        var again = await Store.ClaimAsync("node-r", Now.AddSeconds(1), Now.AddSeconds(31), includeOwn: true, 100, Token);

        Assert.Contains(instance.Id, first);
        Assert.DoesNotContain(instance.Id, again);
    }

    [Fact]
    public async Task RenewAsync_OwnersRunningInstances_ExtendsOnlyThose()
    {
        var mine = await RunningAsync(new InstanceLease("node-renew", Now.AddSeconds(30)));
        var theirs = await RunningAsync(new InstanceLease("node-other", Now.AddSeconds(30)));

        var renewed = await Store.RenewAsync("node-renew", Now.AddSeconds(90), Token);

        Assert.True(renewed >= 1);
        Assert.Equal(Now.AddSeconds(90), (await fixture.Instances.FindAsync(mine.Id, Token))?.Lease?.ExpiresAt);
        Assert.Equal(Now.AddSeconds(30), (await fixture.Instances.FindAsync(theirs.Id, Token))?.Lease?.ExpiresAt);
    }

    [Fact]
    public async Task ReleaseAsync_OwnLease_LetsAnyNodeClaimItAndRenewalNoLongerKeepsIt()
    {
        var instance = await RunningAsync(new InstanceLease("node-release", Now.AddSeconds(30)));

        await Store.ReleaseAsync(instance.Id, "node-release", Token);
        await Store.RenewAsync("node-release", Now.AddSeconds(60), Token);
        var claimed = await Store.ClaimAsync("node-b", Now.AddSeconds(1), Now.AddSeconds(31), includeOwn: false, 1000, Token);

        Assert.Contains(instance.Id, claimed);
    }

    [Fact]
    public async Task ReleaseAsync_LeaseOfAnotherNode_ChangesNothing()
    {
        var instance = await RunningAsync(new InstanceLease("node-a", Now.AddSeconds(30)));

        await Store.ReleaseAsync(instance.Id, "node-b", Token);

        Assert.Equal(new InstanceLease("node-a", Now.AddSeconds(30)), (await fixture.Instances.FindAsync(instance.Id, Token))?.Lease);
    }

    private async Task<WorkflowInstance> RunningAsync(InstanceLease? lease)
    {
        var instance = TestData.Instance(TestData.NewId("def"), Now);
        instance.Lease = lease;
        await fixture.Instances.CommitAsync(TestData.Commit(instance), Token);
        return instance;
    }
}
