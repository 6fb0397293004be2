using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Stores;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What every <see cref="IBookmarkStore"/> must do, run against each provider.</summary>
public abstract class BookmarkStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IBookmarkStore Store => fixture.Bookmarks;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_OpenBookmark_ReturnsItWithItsData()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var bookmark = TestData.Bookmark(instance, clock.GetUtcNow(), resumeAt: clock.GetUtcNow().AddMinutes(5), correlationKey: "key-1");
        bookmark.ScopeId = "scope-1";
        await fixture.Instances.CommitAsync(TestData.Commit(instance, created: [bookmark]), Token);

        var read = await Store.FindAsync(bookmark.Id, Token);

        Assert.NotNull(read);
        Assert.Equal(instance.Id, read.InstanceId);
        Assert.Equal("wait", read.NodeId);
        Assert.Equal("scope-1", read.ScopeId);
        Assert.Equal("key-1", read.CorrelationKey);
        Assert.Equal(clock.GetUtcNow().AddMinutes(5), read.ResumeAt);
        Assert.Equal(clock.GetUtcNow(), read.CreatedAt);
        Assert.Equal("waiting", read.Data?.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task FindAsync_ResumedBookmark_ReturnsNull()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var bookmark = TestData.Bookmark(instance, clock.GetUtcNow());
        await fixture.Instances.CommitAsync(TestData.Commit(instance, created: [bookmark]), Token);

        await fixture.Instances.CommitAsync(TestData.Commit(instance, removed: [bookmark.Id]), Token);

        Assert.Null(await Store.FindAsync(bookmark.Id, Token));
    }

    [Fact]
    public async Task ListDueAsync_TimedAndUntimedBookmarks_ReturnsOnlyTheDueEarliestFirst()
    {
        // Due long before every other test's timers; the due-list tests delete their instance after, so they never meet.
        var t0 = new DateTimeOffset(1991, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var instance = TestData.Instance(TestData.NewId("def"), t0);
        var later = TestData.Bookmark(instance, t0, resumeAt: t0.AddMinutes(2));
        var earlier = TestData.Bookmark(instance, t0, resumeAt: t0.AddMinutes(1));
        var notYet = TestData.Bookmark(instance, t0, resumeAt: t0.AddMinutes(10));
        var untimed = TestData.Bookmark(instance, t0, name: "Callback", correlationKey: "k");
        await fixture.Instances.CommitAsync(TestData.Commit(instance, created: [later, earlier, notYet, untimed]), Token);

        var due = await ListDueThenDeleteAsync(instance, t0.AddMinutes(2), 10);

        Assert.Equal([earlier.Id, later.Id], due.Select(b => b.Id));
    }

    [Fact]
    public async Task ListDueAsync_MoreDueThanMax_ReturnsTheEarliestMax()
    {
        var t0 = new DateTimeOffset(1991, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var instance = TestData.Instance(TestData.NewId("def"), t0);
        var bookmarks = Enumerable.Range(0, 5).Select(n => TestData.Bookmark(instance, t0, resumeAt: t0.AddSeconds(5 - n))).ToList();
        await fixture.Instances.CommitAsync(TestData.Commit(instance, created: bookmarks), Token);

        var due = await ListDueThenDeleteAsync(instance, t0.AddMinutes(1), 2);

        Assert.Equal([bookmarks[4].Id, bookmarks[3].Id], due.Select(b => b.Id));
    }

    [Fact]
    public async Task FindByCorrelationAsync_NameAndKey_ReturnsOnlyExactMatches()
    {
        var key = TestData.NewId("corr");
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var match = TestData.Bookmark(instance, clock.GetUtcNow(), name: "HttpCallback", correlationKey: key);
        var otherName = TestData.Bookmark(instance, clock.GetUtcNow(), name: "Signal", correlationKey: key);
        var otherKey = TestData.Bookmark(instance, clock.GetUtcNow(), name: "HttpCallback", correlationKey: key + "-2");
        await fixture.Instances.CommitAsync(TestData.Commit(instance, created: [match, otherName, otherKey]), Token);

        var found = await Store.FindByCorrelationAsync("HttpCallback", key, Token);

        Assert.Equal(match.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task FindAsync_UnknownBookmark_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync(TestData.NewId("bm"), Token));
    }

    private async Task<IReadOnlyList<Bookmark>> ListDueThenDeleteAsync(WorkflowInstance instance, DateTimeOffset until, int max)
    {
        try
        {
            return await Store.ListDueAsync(until, max, Token);
        }
        finally
        {
            await fixture.Instances.DeleteAsync(instance.Id, Token);
        }
    }
}
