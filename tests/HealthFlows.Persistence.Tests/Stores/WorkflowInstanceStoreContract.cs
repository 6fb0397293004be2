using System.Text.Json;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What every <see cref="IWorkflowInstanceStore"/> must do, run against each provider.</summary>
public abstract class WorkflowInstanceStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IWorkflowInstanceStore Store => fixture.Instances;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CommitAsync_NewInstance_InsertsItWithItsStateAndSetsTheRevision()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow(), correlationId: "order-1");
        instance.State.Variables["count"] = TestData.Json("3");
        instance.State.Queue.Add(new WorkItem { NodeId = "next", Kind = WorkItemKind.Execute });

        await Store.CommitAsync(TestData.Commit(instance), Token);
        var read = await Store.FindAsync(instance.Id, Token);

        Assert.Equal(1, instance.Revision);
        Assert.NotNull(read);
        Assert.Equal(1, read.Revision);
        Assert.Equal("order-1", read.CorrelationId);
        Assert.Equal(clock.GetUtcNow(), read.CreatedAt);
        Assert.Equal(3, read.State.Variables["count"].GetInt32());
        Assert.Equal("next", Assert.Single(read.State.Queue).NodeId);
        Assert.Equal("MRN-1", read.Input?.GetProperty("patient").GetString());
    }

    [Fact]
    public async Task CommitAsync_UpdateFromCurrentRevision_StoresTheNewState()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance), Token);
        var loaded = (await Store.FindAsync(instance.Id, Token))!;

        clock.Advance(TimeSpan.FromSeconds(2));
        loaded.Status = WorkflowStatus.Finished;
        loaded.SubStatus = WorkflowSubStatus.Completed;
        loaded.UpdatedAt = clock.GetUtcNow();
        loaded.FinishedAt = clock.GetUtcNow();
        loaded.Output = TestData.Json("""{"total":99}""");
        await Store.CommitAsync(TestData.Commit(loaded), Token);
        var read = (await Store.FindAsync(instance.Id, Token))!;

        Assert.Equal(2, loaded.Revision);
        Assert.Equal(2, read.Revision);
        Assert.Equal(WorkflowSubStatus.Completed, read.SubStatus);
        Assert.Equal(clock.GetUtcNow(), read.FinishedAt);
        Assert.Equal(99, read.Output?.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CommitAsync_UpdateFromStaleRevision_ThrowsConflictAndChangesNothing()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance), Token);
        var winner = (await Store.FindAsync(instance.Id, Token))!;
        var loser = (await Store.FindAsync(instance.Id, Token))!;
        winner.Name = "winner";
        await Store.CommitAsync(TestData.Commit(winner, journal: [TestData.Journal(winner, 1, clock.GetUtcNow())]), Token);

        loser.Name = "loser";
        var loserCommit = TestData.Commit(loser, journal: [TestData.Journal(loser, 2, clock.GetUtcNow())], incidents: [TestData.Incident(loser, clock.GetUtcNow())], created: [TestData.Bookmark(loser, clock.GetUtcNow())]);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(loserCommit, Token));

        Assert.Equal(1, loser.Revision);
        Assert.Equal("winner", (await Store.FindAsync(instance.Id, Token))!.Name);
        Assert.Equal([1], (await Store.GetJournalAsync(instance.Id, Token)).Select(j => j.Sequence));
        Assert.Empty(await Store.GetIncidentsAsync(instance.Id, Token));
        Assert.Null(await fixture.Bookmarks.FindAsync(loserCommit.CreatedBookmarks[0].Id, Token));
    }

    [Fact]
    public async Task CommitAsync_InsertOfAnExistingId_ThrowsConflict()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance), Token);
        var duplicate = TestData.Instance(instance.DefinitionId, clock.GetUtcNow());
        duplicate.Id = instance.Id;
        duplicate.Name = "duplicate";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(TestData.Commit(duplicate), Token));

        Assert.Equal(0, duplicate.Revision);
        Assert.Equal("Test workflow", (await Store.FindAsync(instance.Id, Token))!.Name);
    }

    [Fact]
    public async Task CommitAsync_RemovingABookmarkThatIsGone_ThrowsConflictAndChangesNothing()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance), Token);

        instance.Name = "resumed";
        var commit = TestData.Commit(instance, journal: [TestData.Journal(instance, 1, clock.GetUtcNow())], removed: [TestData.NewId("bm")]);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(commit, Token));

        Assert.Equal(1, instance.Revision);
        Assert.Equal("Test workflow", (await Store.FindAsync(instance.Id, Token))!.Name);
        Assert.Empty(await Store.GetJournalAsync(instance.Id, Token));
    }

    [Fact]
    public async Task CommitAsync_TwoConcurrentResumesOfOneBookmark_OnlyOneWins()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow(), status: WorkflowStatus.Suspended, subStatus: WorkflowSubStatus.Suspended);
        var bookmark = TestData.Bookmark(instance, clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance, created: [bookmark]), Token);
        var first = (await Store.FindAsync(instance.Id, Token))!;
        var second = (await Store.FindAsync(instance.Id, Token))!;
        first.Name = "first";
        second.Name = "second";

        var outcomes = await Task.WhenAll(
            Outcome(Store.CommitAsync(TestData.Commit(first, journal: [TestData.Journal(first, 1, clock.GetUtcNow())], removed: [bookmark.Id]), Token)),
            Outcome(Store.CommitAsync(TestData.Commit(second, journal: [TestData.Journal(second, 1, clock.GetUtcNow())], removed: [bookmark.Id]), Token)));

        Assert.Single(outcomes, o => o is null);
        Assert.IsType<ConcurrencyConflictException>(Assert.Single(outcomes, o => o is not null));
        var winner = outcomes[0] is null ? "first" : "second";
        Assert.Equal(winner, (await Store.FindAsync(instance.Id, Token))!.Name);
        Assert.Single(await Store.GetJournalAsync(instance.Id, Token));
        Assert.Null(await fixture.Bookmarks.FindAsync(bookmark.Id, Token));
    }

    [Fact]
    public async Task CommitAsync_BookmarkCreatedAndRemovedInOneBurst_IsNeverStored()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var bookmark = TestData.Bookmark(instance, clock.GetUtcNow());

        await Store.CommitAsync(TestData.Commit(instance, created: [bookmark], removed: [bookmark.Id]), Token);

        Assert.Equal(1, instance.Revision);
        Assert.Null(await fixture.Bookmarks.FindAsync(bookmark.Id, Token));
    }

    [Fact]
    public async Task CommitAsync_ManyConcurrentCommitsSomeStale_EachCallerLearnsItsOwnOutcome()
    {
        var definitionId = TestData.NewId("def");
        var instances = Enumerable.Range(0, 40).Select(_ => TestData.Instance(definitionId, clock.GetUtcNow())).ToList();
        await Task.WhenAll(instances.Select(i => Store.CommitAsync(TestData.Commit(i, journal: [TestData.Journal(i, 1, clock.GetUtcNow())]), Token)));

        // Every other instance also gets a commit from a revision that was never stored, in the same rush as the good ones.
        var fresh = instances.Select(i => TestData.Commit(Copy(i, name: "fresh"), journal: [TestData.Journal(i, 2, clock.GetUtcNow())])).ToList();
        var stale = instances.Where((_, n) => n % 2 == 0).Select(i => TestData.Commit(Copy(i, revision: i.Revision + 5, name: "stale"), journal: [TestData.Journal(i, 3, clock.GetUtcNow())])).ToList();

        var outcomes = await Task.WhenAll(fresh.Concat(stale).Select(c => Outcome(Store.CommitAsync(c, Token))));

        Assert.All(outcomes.Take(fresh.Count), Assert.Null);
        Assert.All(outcomes[fresh.Count..], o => Assert.IsType<ConcurrencyConflictException>(o));
        Assert.All(fresh, c => Assert.Equal(2, c.Instance.Revision));
        Assert.All(stale, c => Assert.Equal(6, c.Instance.Revision));
        var page = await Store.ListAsync(new InstanceQuery(DefinitionId: definitionId, PageSize: 100), Token);
        Assert.Equal(40, page.TotalCount);
        Assert.All(page.Items, s => Assert.Equal("fresh", s.Name));
        Assert.All(instances, i => Assert.Equal(2, CountJournal(i.Id)));
    }

    [Fact]
    public async Task GetJournalAsync_EntriesFromSeveralCommits_ReturnsThemInSequenceOrder()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance, journal: [TestData.Journal(instance, 2, clock.GetUtcNow()), TestData.Journal(instance, 1, clock.GetUtcNow())]), Token);
        await Store.CommitAsync(TestData.Commit(instance, journal: [TestData.Journal(instance, 3, clock.GetUtcNow().AddSeconds(1))]), Token);

        var journal = await Store.GetJournalAsync(instance.Id, Token);

        Assert.Equal([1, 2, 3], journal.Select(j => j.Sequence));
        var first = journal[0];
        Assert.Equal(["Done"], first.Outcomes);
        Assert.Equal(JournalEvent.Completed, first.Event);
        Assert.Equal(0.25, first.DurationMs);
        Assert.Equal("hello", first.Inputs?.GetProperty("message").GetString());
        Assert.Equal(42, first.Outputs?.GetProperty("result").GetInt32());
        Assert.Equal(clock.GetUtcNow(), first.StartedAt);
    }

    [Fact]
    public async Task GetIncidentsAsync_RecordedIncidents_ReturnsThemOldestFirst()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var later = TestData.Incident(instance, clock.GetUtcNow().AddSeconds(5), "Second");
        var earlier = TestData.Incident(instance, clock.GetUtcNow(), "First");
        instance.IncidentCount = 2;

        await Store.CommitAsync(TestData.Commit(instance, incidents: [later, earlier]), Token);
        var incidents = await Store.GetIncidentsAsync(instance.Id, Token);

        Assert.Equal(["First", "Second"], incidents.Select(i => i.Message));
        Assert.Equal("System.InvalidOperationException", incidents[0].ExceptionType);
        Assert.Equal(2, (await Store.FindAsync(instance.Id, Token))!.IncidentCount);
    }

    [Fact]
    public async Task CommitAsync_IncidentMessageLongerThanTheColumn_IsStoredTruncated()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());

        await Store.CommitAsync(TestData.Commit(instance, incidents: [TestData.Incident(instance, clock.GetUtcNow(), new string('x', 10_000))]), Token);

        Assert.Equal(4000, Assert.Single(await Store.GetIncidentsAsync(instance.Id, Token)).Message.Length);
    }

    [Fact]
    public async Task ListAsync_EachFilter_KeepsOnlyMatchingInstances()
    {
        var definitionId = TestData.NewId("def");
        var t0 = clock.GetUtcNow();
        var v1Running = TestData.Instance(definitionId, t0, version: 1);
        var v2Suspended = TestData.Instance(definitionId, t0.AddMinutes(1), version: 2, status: WorkflowStatus.Suspended, subStatus: WorkflowSubStatus.Suspended, correlationId: "order-7");
        var v2Faulted = TestData.Instance(definitionId, t0.AddMinutes(2), version: 2, status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Faulted);
        var v2Completed = TestData.Instance(definitionId, t0.AddMinutes(3), version: 2, status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Completed, correlationId: "order-7");
        foreach (var instance in new[] { v1Running, v2Suspended, v2Faulted, v2Completed })
        {
            await Store.CommitAsync(TestData.Commit(instance), Token);
        }

        async Task<string[]> Ids(InstanceQuery query) => [.. (await Store.ListAsync(query with { DefinitionId = definitionId }, Token)).Items.Select(s => s.Id)];

        Assert.Equal([v2Completed.Id, v2Faulted.Id, v2Suspended.Id, v1Running.Id], await Ids(new InstanceQuery()));
        Assert.Equal([v1Running.Id], await Ids(new InstanceQuery(Version: 1)));
        Assert.Equal([v2Completed.Id, v2Faulted.Id], await Ids(new InstanceQuery(Status: WorkflowStatus.Finished)));
        Assert.Equal([v2Faulted.Id], await Ids(new InstanceQuery(SubStatus: WorkflowSubStatus.Faulted)));
        Assert.Equal([v2Completed.Id, v2Suspended.Id], await Ids(new InstanceQuery(CorrelationId: "order-7")));
        Assert.Equal([v2Faulted.Id, v2Suspended.Id], await Ids(new InstanceQuery(From: t0.AddMinutes(1), To: t0.AddMinutes(2))));
        Assert.Equal([v2Completed.Id], await Ids(new InstanceQuery(From: t0.AddMinutes(2).AddSeconds(1))));
        Assert.Equal([v2Suspended.Id], await Ids(new InstanceQuery(Version: 2, Status: WorkflowStatus.Suspended, CorrelationId: "order-7")));
    }

    [Fact]
    public async Task ListAsync_TimeRangeWithAnOffset_ComparesInstantsNotLocalTimes()
    {
        var definitionId = TestData.NewId("def");
        var instance = TestData.Instance(definitionId, clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance), Token);
        var sameInstantInBerlin = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(1));

        var page = await Store.ListAsync(new InstanceQuery(DefinitionId: definitionId, From: sameInstantInBerlin, To: sameInstantInBerlin), Token);

        Assert.Equal(instance.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task ListAsync_SecondPage_ReturnsNewestFirstWindowAndTheTotal()
    {
        var definitionId = TestData.NewId("def");
        var instances = Enumerable.Range(0, 5).Select(n => TestData.Instance(definitionId, clock.GetUtcNow().AddSeconds(n))).ToList();
        foreach (var instance in instances)
        {
            await Store.CommitAsync(TestData.Commit(instance), Token);
        }

        var page = await Store.ListAsync(new InstanceQuery(DefinitionId: definitionId, Page: 2, PageSize: 2), Token);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal([instances[2].Id, instances[1].Id], page.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task ListAsync_Summary_CarriesTheListedFields()
    {
        var definitionId = TestData.NewId("def");
        var instance = TestData.Instance(definitionId, clock.GetUtcNow(), version: 3, status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Faulted, correlationId: "c-1");
        instance.IncidentCount = 1;
        instance.FinishedAt = clock.GetUtcNow().AddSeconds(1);
        instance.UpdatedAt = instance.FinishedAt.Value;
        await Store.CommitAsync(TestData.Commit(instance, incidents: [TestData.Incident(instance, clock.GetUtcNow())]), Token);

        var summary = Assert.Single((await Store.ListAsync(new InstanceQuery(DefinitionId: definitionId), Token)).Items);

        Assert.Equal(
            new WorkflowInstanceSummary(instance.Id, definitionId, 3, "Test workflow", WorkflowStatus.Finished, WorkflowSubStatus.Faulted, "c-1", instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt, 1),
            summary);
    }

    [Fact]
    public async Task DeleteAsync_InstanceWithJournalIncidentsAndBookmarks_RemovesThemAll()
    {
        var instance = TestData.Instance(TestData.NewId("def"), clock.GetUtcNow());
        var bookmark = TestData.Bookmark(instance, clock.GetUtcNow());
        await Store.CommitAsync(TestData.Commit(instance, journal: [TestData.Journal(instance, 1, clock.GetUtcNow())], incidents: [TestData.Incident(instance, clock.GetUtcNow())], created: [bookmark]), Token);

        var deleted = await Store.DeleteAsync(instance.Id, Token);

        Assert.True(deleted);
        Assert.Null(await Store.FindAsync(instance.Id, Token));
        Assert.Equal(0, CountJournal(instance.Id));
        Assert.Empty(await Store.GetIncidentsAsync(instance.Id, Token));
        Assert.Null(await fixture.Bookmarks.FindAsync(bookmark.Id, Token));
    }

    [Fact]
    public async Task DeleteAsync_UnknownInstance_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync(TestData.NewId("missing"), Token));
    }

    [Fact]
    public async Task FindAsync_UnknownInstance_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync(TestData.NewId("missing"), Token));
    }

    [Fact]
    public async Task ListIdsByStatusAsync_SeveralInStatus_ReturnsTheOldestUpToMax()
    {
        // Created long before every other test's instances, so they are the oldest in the shared database.
        var longAgo = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var instances = Enumerable.Range(0, 3).Select(n => TestData.Instance(TestData.NewId("def"), longAgo.AddMinutes(2 - n), status: WorkflowStatus.Suspended, subStatus: WorkflowSubStatus.Suspended)).ToList();
        foreach (var instance in instances)
        {
            await Store.CommitAsync(TestData.Commit(instance), Token);
        }

        var ids = await Store.ListIdsByStatusAsync(WorkflowStatus.Suspended, 2, Token);

        Assert.Equal([instances[2].Id, instances[1].Id], ids);
    }

    private static WorkflowInstance Copy(WorkflowInstance instance, int? revision = null, string? name = null)
    {
        var copy = JsonSerializer.Deserialize<WorkflowInstance>(JsonSerializer.Serialize(instance))!;
        copy.Revision = revision ?? instance.Revision;
        copy.Name = name ?? instance.Name;
        return copy;
    }

    private static async Task<Exception?> Outcome(Task commit)
    {
        try
        {
            await commit;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private int CountJournal(string instanceId)
    {
        using var db = fixture.CreateDbContext();
        return db.JournalEntries.Count(j => j.InstanceId == instanceId);
    }
}
