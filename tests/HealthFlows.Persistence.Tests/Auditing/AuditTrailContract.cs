using System.Data.Common;
using System.Text.Json;
using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Auditing;

/// <summary>
/// What the audit trail must do on every provider. The chain is global, so each test gets its own database; tampering
/// goes through a raw connection of the provider, the way someone with database access would do it.
/// </summary>
public abstract class AuditTrailContract : IAsyncLifetime
{
    // Sub-microsecond ticks on purpose: the hashed time must be the time every database reads back.
    private readonly FakeTimeProvider clock = new(TestData.Epoch.AddTicks(1234567));
    private ServiceProvider? services;

    protected PersistenceOptions Options { get; private set; } = new();

    protected IAuditTrail Trail => services!.GetRequiredService<IAuditTrail>();

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Options = await CreateOptionsAsync();
        services = StartNode();
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AppendAsync_SeveralEvents_ChainsThemAndVerifies()
    {
        var first = await Trail.AppendAsync(Event("definition.published", "wf-1"), Token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Trail.AppendAsync(Event("definition.retracted", "wf-1"), Token);

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditChain.GenesisHash, first.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(new AuditVerification(true, 2, null), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task ListAsync_AppendedEntry_IsReadBackAsWritten()
    {
        var written = await Trail.AppendAsync(Event("costCenter.updated", "CC-100"), Token);

        var read = Assert.Single((await Trail.ListAsync(new AuditQuery(), Token)).Items);

        Assert.Equal(written.Hash, read.Hash);
        Assert.Equal(AuditChain.TruncateToMicroseconds(clock.GetUtcNow()), read.OccurredAt);
        Assert.Equal(new AuditActor(AuditActorKind.ApiKey, "key-1", "ops key"), read.Actor);
        Assert.Equal(new AuditTarget("costCenter", "CC-100"), read.Target);
        Assert.Equal("127.0.0.1", read.RemoteAddress);
        Assert.Equal("Radiology", read.Summary?.GetProperty("after").GetProperty("name").GetString());
        Assert.Equal(written.Hash, AuditChain.ComputeHash(read.PreviousHash, read));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentCallers_NeverForkTheChain()
    {
        var entries = await Task.WhenAll(Enumerable.Range(1, 24).Select(i => Trail.AppendAsync(Event("instance.cancelled", $"inst-{i}"), Token)));

        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 24, null), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task VerifyAsync_EmptyTrail_IsValidWithNothingChecked()
    {
        Assert.Equal(new AuditVerification(true, 0, null), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task VerifyAsync_SummaryEditedByRawSql_ReportsThatEntry()
    {
        await AppendManyAsync(5);

        await ExecuteRawAsync("""UPDATE "AuditEntries" SET "Summary" = '{"after":{"name":"Forged"}}' WHERE "Sequence" = 3""");

        Assert.Equal(new AuditVerification(false, 2, new AuditBrokenEntry(3, 3, "hashMismatch")), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task VerifyAsync_ActorEditedAndItsHashRecomputed_ReportsTheNextEntry()
    {
        await AppendManyAsync(5);
        var third = (await Trail.ListAsync(new AuditQuery(TargetId: "target-3"), Token)).Items[0];
        var forged = third with { Actor = third.Actor with { Id = "someone-else" } };

        await ExecuteRawAsync($"""UPDATE "AuditEntries" SET "ActorId" = 'someone-else', "Hash" = '{AuditChain.ComputeHash(third.PreviousHash, forged)}' WHERE "Sequence" = 3""");

        Assert.Equal(new AuditVerification(false, 3, new AuditBrokenEntry(4, 4, "hashMismatch")), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task VerifyAsync_RowDeletedByRawSql_ReportsTheGap()
    {
        await AppendManyAsync(4);

        await ExecuteRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");

        Assert.Equal(new AuditVerification(false, 1, new AuditBrokenEntry(2, 3, "missingEntries")), await Trail.VerifyAsync(Token));
    }

    [Fact]
    public async Task AppendAsync_AfterATamperedEntry_StillChainsOnTheStoredLastHash()
    {
        await AppendManyAsync(2);
        await ExecuteRawAsync("""UPDATE "AuditEntries" SET "Action" = 'nothing.happened' WHERE "Sequence" = 1""");

        await Trail.AppendAsync(Event("definition.deleted", "wf-9"), Token);

        Assert.Equal(new AuditBrokenEntry(1, 1, "hashMismatch"), (await Trail.VerifyAsync(Token)).FirstBrokenEntry);
    }

    [Fact]
    public async Task ListAsync_Filters_MatchActorActionTargetAndTimeRangeNewestFirst()
    {
        var start = clock.GetUtcNow();
        await Trail.AppendAsync(Event("definition.published", "wf-1"), Token);
        clock.Advance(TimeSpan.FromHours(1));
        await Trail.AppendAsync(Event("definition.published", "wf-2") with { Actor = new AuditActor(AuditActorKind.User, "u-7", "alice") }, Token);
        clock.Advance(TimeSpan.FromHours(1));
        await Trail.AppendAsync(Event("instance.retried", "inst-1") with { Target = new AuditTarget("workflowInstance", "inst-1") }, Token);

        Assert.Equal(["wf-2", "wf-1"], (await Trail.ListAsync(new AuditQuery(Action: "definition.published"), Token)).Items.Select(e => e.Target.Id));
        Assert.Equal(["wf-2"], (await Trail.ListAsync(new AuditQuery(Actor: "alice"), Token)).Items.Select(e => e.Target.Id));
        Assert.Equal(["wf-2"], (await Trail.ListAsync(new AuditQuery(Actor: "u-7"), Token)).Items.Select(e => e.Target.Id));
        Assert.Equal(["inst-1"], (await Trail.ListAsync(new AuditQuery(TargetType: "workflowInstance", TargetId: "inst-1"), Token)).Items.Select(e => e.Target.Id));
        Assert.Equal(["wf-2"], (await Trail.ListAsync(new AuditQuery(From: start.AddMinutes(30), To: start.AddMinutes(90)), Token)).Items.Select(e => e.Target.Id));
        var page = await Trail.ListAsync(new AuditQuery(Page: 2, PageSize: 2), Token);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal([1L], page.Items.Select(e => e.Sequence));
    }

    /// <summary>A second node: its own services (and in-process lock) over the same database.</summary>
    protected ServiceProvider StartNode() =>
        new ServiceCollection().AddHealthFlowsPersistence(Options).AddSingleton<TimeProvider>(clock).BuildServiceProvider();

    protected abstract Task<PersistenceOptions> CreateOptionsAsync();

    protected abstract DbConnection OpenRawConnection();

    protected static AuditEvent Event(string action, string targetId) => new(
        new AuditActor(AuditActorKind.ApiKey, "key-1", "ops key"),
        action,
        new AuditTarget("costCenter", targetId),
        JsonSerializer.SerializeToElement(new { before = new { name = "Old" }, after = new { name = "Radiology" } }),
        "127.0.0.1");

    private async Task AppendManyAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Trail.AppendAsync(Event("costCenter.updated", $"target-{i}"), Token);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private async Task ExecuteRawAsync(string sql)
    {
        await using var connection = OpenRawConnection();
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Token));
    }
}
