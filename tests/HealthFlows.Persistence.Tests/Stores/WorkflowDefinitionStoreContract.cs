using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Stores;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What every <see cref="IWorkflowDefinitionStore"/> must do, run against each provider.</summary>
public abstract class WorkflowDefinitionStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IWorkflowDefinitionStore Store => fixture.Definitions;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NewVersion_ReadsBackWithDocumentAndStoredRevision()
    {
        var id = TestData.NewId("def");
        var version = TestData.DefinitionVersion(id, 1, VersionState.Draft, clock.GetUtcNow(), description: "Posts charges", nodeCount: 3);

        await Store.SaveAsync([version], Token);
        var read = await Store.GetVersionAsync(id, 1, Token);

        Assert.Equal(1, version.StoredRevision);
        Assert.NotNull(read);
        Assert.Equal(VersionState.Draft, read.State);
        Assert.Equal(1, read.StoredRevision);
        Assert.Equal(clock.GetUtcNow(), read.CreatedAt);
        Assert.Equal("Posts charges", read.Definition.Description);
        Assert.Equal(["node1", "node2", "node3"], read.Definition.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task SaveAsync_UpdateFromCurrentRevision_StoresTheNewRevision()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Draft, clock.GetUtcNow())], Token);
        var loaded = (await Store.GetVersionAsync(id, 1, Token))!;

        loaded.Definition.Name = "Renamed";
        loaded.Revision++;
        clock.Advance(TimeSpan.FromMinutes(5));
        loaded.UpdatedAt = clock.GetUtcNow();
        await Store.SaveAsync([loaded], Token);
        var read = (await Store.GetVersionAsync(id, 1, Token))!;

        Assert.Equal(2, loaded.StoredRevision);
        Assert.Equal(2, read.Revision);
        Assert.Equal("Renamed", read.Definition.Name);
        Assert.Equal(clock.GetUtcNow(), read.UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_UpdateFromStaleRevision_ThrowsConflictAndKeepsTheWinner()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Draft, clock.GetUtcNow())], Token);
        var first = (await Store.GetVersionAsync(id, 1, Token))!;
        var second = (await Store.GetVersionAsync(id, 1, Token))!;
        first.Definition.Name = "First";
        first.Revision++;
        await Store.SaveAsync([first], Token);

        second.Definition.Name = "Second";
        second.Revision++;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync([second], Token));

        var read = (await Store.GetVersionAsync(id, 1, Token))!;
        Assert.Equal("First", read.Definition.Name);
        Assert.Equal(1, second.StoredRevision);
    }

    [Fact]
    public async Task SaveAsync_InsertOfAnExistingVersion_ThrowsConflict()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Draft, clock.GetUtcNow(), name: "Original")], Token);

        var duplicate = TestData.DefinitionVersion(id, 1, VersionState.Draft, clock.GetUtcNow(), name: "Duplicate");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync([duplicate], Token));

        Assert.Equal("Original", (await Store.GetVersionAsync(id, 1, Token))!.Definition.Name);
        Assert.Equal(0, duplicate.StoredRevision);
    }

    [Fact]
    public async Task SaveAsync_PublishTwoRows_ArchivesTheOldAndPublishesTheNewTogether()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Published, clock.GetUtcNow()), TestData.DefinitionVersion(id, 2, VersionState.Draft, clock.GetUtcNow())], Token);
        var versions = await Store.GetVersionsAsync(id, Token);

        clock.Advance(TimeSpan.FromHours(1));
        var (previous, draft) = (versions[0], versions[1]);
        previous.State = VersionState.Archived;
        previous.Revision++;
        draft.State = VersionState.Published;
        draft.PublishedAt = clock.GetUtcNow();
        draft.Revision++;
        await Store.SaveAsync([previous, draft], Token);

        var published = await Store.GetPublishedAsync(id, Token);
        Assert.Equal(2, published?.Version);
        Assert.Equal(clock.GetUtcNow(), published?.PublishedAt);
        Assert.Equal(VersionState.Archived, (await Store.GetVersionAsync(id, 1, Token))!.State);
    }

    [Fact]
    public async Task SaveAsync_PublishWhenOneRowIsStale_ChangesNeitherRow()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Published, clock.GetUtcNow()), TestData.DefinitionVersion(id, 2, VersionState.Draft, clock.GetUtcNow())], Token);
        var versions = await Store.GetVersionsAsync(id, Token);
        var concurrentEdit = (await Store.GetVersionAsync(id, 2, Token))!;
        concurrentEdit.Revision++;
        await Store.SaveAsync([concurrentEdit], Token);

        var (previous, draft) = (versions[0], versions[1]);
        previous.State = VersionState.Archived;
        previous.Revision++;
        draft.State = VersionState.Published;
        draft.Revision++;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync([previous, draft], Token));

        Assert.Equal(1, (await Store.GetPublishedAsync(id, Token))?.Version);
        Assert.Equal(VersionState.Draft, (await Store.GetVersionAsync(id, 2, Token))!.State);
    }

    [Fact]
    public async Task GetVersionsAsync_SeveralVersions_ReturnsOldestFirst()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 3, VersionState.Draft, clock.GetUtcNow()), TestData.DefinitionVersion(id, 1, VersionState.Archived, clock.GetUtcNow()), TestData.DefinitionVersion(id, 2, VersionState.Published, clock.GetUtcNow())], Token);

        var versions = await Store.GetVersionsAsync(id, Token);

        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
    }

    [Fact]
    public async Task GetVersionsAsync_UnknownDefinition_ReturnsEmpty()
    {
        Assert.Empty(await Store.GetVersionsAsync(TestData.NewId("missing"), Token));
        Assert.Null(await Store.GetVersionAsync(TestData.NewId("missing"), 1, Token));
        Assert.Null(await Store.GetPublishedAsync(TestData.NewId("missing"), Token));
    }

    [Fact]
    public async Task ListAsync_DefinitionWithSeveralVersions_SummarisesTheNewest()
    {
        var tag = Tag();
        var id = $"{tag}-claims";
        await Store.SaveAsync([
            TestData.DefinitionVersion(id, 1, VersionState.Archived, clock.GetUtcNow(), name: "Claims v1"),
            TestData.DefinitionVersion(id, 2, VersionState.Published, clock.GetUtcNow().AddMinutes(1), name: "Claims v2"),
            TestData.DefinitionVersion(id, 3, VersionState.Draft, clock.GetUtcNow().AddMinutes(2), name: "Claims v3", description: "Newest", nodeCount: 4),
        ], Token);

        var page = await Store.ListAsync(new DefinitionQuery(Search: tag), Token);

        var summary = Assert.Single(page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(new WorkflowDefinitionSummary(id, "Claims v3", "Newest", 3, 2, true, clock.GetUtcNow().AddMinutes(2), 4), summary);
    }

    [Fact]
    public async Task ListAsync_Search_MatchesIdNameOrDescriptionIgnoringCase()
    {
        var tag = Tag();
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-a", 1, VersionState.Draft, clock.GetUtcNow(), name: "Unrelated")], Token);
        await Store.SaveAsync([TestData.DefinitionVersion(TestData.NewId("b"), 1, VersionState.Draft, clock.GetUtcNow(), name: $"Admit {tag.ToUpperInvariant()}")], Token);
        await Store.SaveAsync([TestData.DefinitionVersion(TestData.NewId("c"), 1, VersionState.Draft, clock.GetUtcNow(), name: "Other", description: $"about {tag}")], Token);
        await Store.SaveAsync([TestData.DefinitionVersion(TestData.NewId("d"), 1, VersionState.Draft, clock.GetUtcNow(), name: "Not matching")], Token);

        var page = await Store.ListAsync(new DefinitionQuery(Search: tag.ToUpperInvariant()), Token);

        Assert.Equal(3, page.TotalCount);
        Assert.Equal(3, page.Items.Count);
    }

    [Fact]
    public async Task ListAsync_StatusFilter_KeepsDefinitionsWithAPublishedOrADraftVersion()
    {
        var tag = Tag();
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-published", 1, VersionState.Published, clock.GetUtcNow())], Token);
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-draft", 1, VersionState.Draft, clock.GetUtcNow())], Token);
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-both", 1, VersionState.Published, clock.GetUtcNow()), TestData.DefinitionVersion($"{tag}-both", 2, VersionState.Draft, clock.GetUtcNow())], Token);

        var published = await Store.ListAsync(new DefinitionQuery(Search: tag, Status: "published", Sort: "name"), Token);
        var drafts = await Store.ListAsync(new DefinitionQuery(Search: tag, Status: "draft", Sort: "name"), Token);

        Assert.Equal([$"{tag}-both", $"{tag}-published"], published.Items.Select(s => s.DefinitionId).Order(StringComparer.Ordinal));
        Assert.Equal([$"{tag}-both", $"{tag}-draft"], drafts.Items.Select(s => s.DefinitionId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListPublishedAsync_ReturnsOnlyPublishedVersions_WithTheirDocuments()
    {
        var tag = Tag();
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-live", 1, VersionState.Archived, clock.GetUtcNow()), TestData.DefinitionVersion($"{tag}-live", 2, VersionState.Published, clock.GetUtcNow(), nodeCount: 2)], Token);
        await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-draft", 1, VersionState.Draft, clock.GetUtcNow())], Token);

        var published = (await Store.ListPublishedAsync(Token)).Where(v => v.DefinitionId.StartsWith(tag, StringComparison.Ordinal)).ToList();

        var live = Assert.Single(published);
        Assert.Equal(($"{tag}-live", 2, VersionState.Published), (live.DefinitionId, live.Version, live.State));
        Assert.Equal(2, live.Definition.Nodes.Count);
    }

    [Fact]
    public async Task ListAsync_SortByName_OrdersAlphabetically()
    {
        var tag = Tag();
        foreach (var name in new[] { "Charlie", "Alpha", "Bravo" })
        {
            await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-{name}", 1, VersionState.Draft, clock.GetUtcNow(), name: name)], Token);
        }

        var page = await Store.ListAsync(new DefinitionQuery(Search: tag, Sort: "name"), Token);

        Assert.Equal(["Alpha", "Bravo", "Charlie"], page.Items.Select(s => s.Name));
    }

    [Fact]
    public async Task ListAsync_DefaultSort_PutsTheMostRecentlyUpdatedFirst()
    {
        var tag = Tag();
        foreach (var name in new[] { "Older", "Newest", "Middle" })
        {
            var updatedAt = name switch { "Older" => clock.GetUtcNow(), "Middle" => clock.GetUtcNow().AddDays(1), _ => clock.GetUtcNow().AddDays(2) };
            await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-{name}", 1, VersionState.Draft, updatedAt, name: name)], Token);
        }

        var page = await Store.ListAsync(new DefinitionQuery(Search: tag), Token);

        Assert.Equal(["Newest", "Middle", "Older"], page.Items.Select(s => s.Name));
    }

    [Fact]
    public async Task ListAsync_SecondPage_ReturnsItsWindowAndTheTotal()
    {
        var tag = Tag();
        for (var i = 1; i <= 5; i++)
        {
            await Store.SaveAsync([TestData.DefinitionVersion($"{tag}-{i}", 1, VersionState.Draft, clock.GetUtcNow(), name: $"Workflow {i}")], Token);
        }

        var page = await Store.ListAsync(new DefinitionQuery(Search: tag, Sort: "name", Page: 2, PageSize: 2), Token);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["Workflow 3", "Workflow 4"], page.Items.Select(s => s.Name));
    }

    [Fact]
    public async Task AnyAsync_AfterASave_ReturnsTrue()
    {
        await Store.SaveAsync([TestData.DefinitionVersion(TestData.NewId("def"), 1, VersionState.Draft, clock.GetUtcNow())], Token);

        Assert.True(await Store.AnyAsync(Token));
    }

    [Fact]
    public async Task DeleteAsync_DefinitionWithVersions_RemovesEveryVersion()
    {
        var id = TestData.NewId("def");
        await Store.SaveAsync([TestData.DefinitionVersion(id, 1, VersionState.Published, clock.GetUtcNow()), TestData.DefinitionVersion(id, 2, VersionState.Draft, clock.GetUtcNow())], Token);

        var deleted = await Store.DeleteAsync(id, Token);

        Assert.True(deleted);
        Assert.Empty(await Store.GetVersionsAsync(id, Token));
    }

    [Fact]
    public async Task DeleteAsync_UnknownDefinition_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync(TestData.NewId("missing"), Token));
    }

    /// <summary>A token unique to one test, used in ids and names so list queries see only that test's rows.</summary>
    private static string Tag() => $"t{Guid.NewGuid():N}"[..13];
}
