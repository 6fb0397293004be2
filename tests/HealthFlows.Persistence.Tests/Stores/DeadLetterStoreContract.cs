using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.DeadLetters;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What every <see cref="IDeadLetterStore"/> must do, run against each provider.</summary>
public abstract class DeadLetterStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IDeadLetterStore Store => fixture.DeadLetters;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_NewDeadLetter_IsReadBackWithPayloadAndErrorHistory()
    {
        var deadLetter = DeadLetter(TestData.NewId("def"));

        Assert.True(await Store.AddAsync(deadLetter, Token));
        var read = await Store.FindAsync(deadLetter.Id, Token);

        Assert.NotNull(read);
        Assert.Equal(deadLetter.InstanceId, read.InstanceId);
        Assert.Equal(deadLetter.DefinitionId, read.DefinitionId);
        Assert.Equal(3, read.DefinitionVersion);
        Assert.Equal("retry", read.NodeId);
        Assert.Equal("post", read.RetriedNodeId);
        Assert.Equal("MSG-1", read.Payload?.GetProperty("messageId").GetString());
        Assert.Equal([1, 2], read.Errors.Select(e => e.Attempt));
        Assert.Equal([clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow()], read.Errors.Select(e => e.At));
        Assert.Equal("ERP unavailable", read.Errors[1].Error?.GetProperty("message").GetString());
        Assert.Equal(DeadLetterStatus.Pending, read.Status);
        Assert.Equal(clock.GetUtcNow(), read.CreatedAt);
        Assert.Null(read.ResolvedAt);
    }

    [Fact]
    public async Task AddAsync_SameIdAgain_KeepsTheFirstAndAnswersFalse()
    {
        var first = DeadLetter(TestData.NewId("def"));
        await Store.AddAsync(first, Token);

        var again = first with { CreatedAt = first.CreatedAt.AddMinutes(5), Errors = [] };

        Assert.False(await Store.AddAsync(again, Token));
        var read = await Store.FindAsync(first.Id, Token);
        Assert.Equal(first.CreatedAt, read!.CreatedAt);
        Assert.Equal(2, read.Errors.Count);
    }

    [Fact]
    public async Task AddAsync_ConcurrentWritersOfOneId_InsertItOnce()
    {
        var deadLetter = DeadLetter(TestData.NewId("def"));

        var inserted = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Store.AddAsync(deadLetter, Token)));

        Assert.Single(inserted, i => i);
        Assert.NotNull(await Store.FindAsync(deadLetter.Id, Token));
    }

    [Fact]
    public async Task ListAsync_StatusAndDefinitionFilters_ReturnMatchesNewestFirstInPages()
    {
        var definitionId = TestData.NewId("def");
        var oldest = DeadLetter(definitionId, createdAt: clock.GetUtcNow());
        var middle = DeadLetter(definitionId, createdAt: clock.GetUtcNow().AddMinutes(1));
        var newest = DeadLetter(definitionId, createdAt: clock.GetUtcNow().AddMinutes(2));
        var otherDefinition = DeadLetter(TestData.NewId("def"));
        foreach (var deadLetter in new[] { oldest, middle, newest, otherDefinition })
        {
            await Store.AddAsync(deadLetter, Token);
        }

        await Store.ResolveAsync(middle.Id, DeadLetterStatus.Discarded, clock.GetUtcNow(), Token);

        var all = await Store.ListAsync(new DeadLetterQuery(DefinitionId: definitionId), Token);
        var pending = await Store.ListAsync(new DeadLetterQuery(DeadLetterStatus.Pending, definitionId), Token);
        var secondPage = await Store.ListAsync(new DeadLetterQuery(DefinitionId: definitionId, Page: 2, PageSize: 2), Token);

        Assert.Equal(3, all.TotalCount);
        Assert.Equal([newest.Id, middle.Id, oldest.Id], all.Items.Select(d => d.Id));
        Assert.Equal([newest.Id, oldest.Id], pending.Items.Select(d => d.Id));
        Assert.Equal(3, secondPage.TotalCount);
        Assert.Equal(oldest.Id, Assert.Single(secondPage.Items).Id);
    }

    [Fact]
    public async Task ResolveAsync_Pending_SetsStatusAndTime_AndASecondDecisionChangesNothing()
    {
        var deadLetter = DeadLetter(TestData.NewId("def"));
        await Store.AddAsync(deadLetter, Token);
        var decidedAt = clock.GetUtcNow().AddHours(3);

        Assert.True(await Store.ResolveAsync(deadLetter.Id, DeadLetterStatus.Replayed, decidedAt, Token));
        Assert.False(await Store.ResolveAsync(deadLetter.Id, DeadLetterStatus.Discarded, decidedAt.AddHours(1), Token));

        var read = await Store.FindAsync(deadLetter.Id, Token);
        Assert.Equal(DeadLetterStatus.Replayed, read!.Status);
        Assert.Equal(decidedAt, read.ResolvedAt);
    }

    [Fact]
    public async Task ResolveAsync_UnknownDeadLetter_AnswersFalse()
    {
        Assert.False(await Store.ResolveAsync(TestData.NewId("dl"), DeadLetterStatus.Discarded, clock.GetUtcNow(), Token));
    }

    [Fact]
    public async Task FindAsync_UnknownDeadLetter_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync(TestData.NewId("dl"), Token));
    }

    private DeadLetter DeadLetter(string definitionId, DateTimeOffset? createdAt = null)
    {
        var instanceId = TestData.NewId("inst");
        return new DeadLetter
        {
            Id = DeadLetterIds.For(instanceId, "retry", null, 0),
            InstanceId = instanceId,
            DefinitionId = definitionId,
            DefinitionVersion = 3,
            NodeId = "retry",
            RetriedNodeId = "post",
            Payload = TestData.Json("""{"messageId":"MSG-1","amount":12.5}"""),
            Errors =
            [
                new DeadLetterError(1, clock.GetUtcNow().AddMinutes(-1), TestData.Json("""{"type":"HttpRequestException","message":"timeout"}""")),
                new DeadLetterError(2, clock.GetUtcNow(), TestData.Json("""{"type":"HttpRequestException","message":"ERP unavailable"}""")),
            ],
            CreatedAt = createdAt ?? clock.GetUtcNow(),
        };
    }
}
