using System.Text;
using HealthFlows.Persistence.Stores;
using HealthFlows.Server.Messages;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Messages;

/// <summary>The raw message store behind the HTTP trigger, its purge by the server's (fake) clock and the Quartz schedule of the purge.</summary>
public sealed class RawMessagePurgeTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
    private ServerHost host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        host = await ServerHost.StartAsync(dataDirectory, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)), new Dictionary<string, string?>
        {
            ["HealthFlows:Messages:Retention"] = "02:00:00",
            ["HealthFlows:Messages:PurgeInterval"] = "00:30:00",
        });

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task HttpTrigger_Body_IsKeptAsReceivedAndLinkedToItsInstance()
    {
        const string Sent = "{ \"message\" : \"kept as sent\",\n \"amount\": 1 }";

        var id = await EchoAsync(Sent);

        var kept = Assert.Single(await Store.ListForInstanceAsync(id, Ct));
        Assert.Equal(Encoding.UTF8.GetBytes(Sent), kept.Body);
        Assert.Equal("http", kept.Source);
        Assert.Equal("echo", kept.Endpoint);
        Assert.Equal(host.Clock.GetUtcNow(), kept.ReceivedAt);
    }

    [Fact]
    public async Task HttpTrigger_ConcurrentBodies_AreEachKeptWithTheirOwnInstance()
    {
        // Concurrent messages are written together (one transaction per burst); none may be lost or swapped.
        var bodies = Enumerable.Range(0, 64).Select(i => $"{{ \"message\": \"burst {i}\" }}").ToList();

        var ids = await Task.WhenAll(bodies.Select(EchoAsync));

        for (var i = 0; i < bodies.Count; i++)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(bodies[i]), Assert.Single(await Store.ListForInstanceAsync(ids[i], Ct)).Body);
        }
    }

    [Fact]
    public async Task PurgeSchedule_AtStartUp_IsArmedOneIntervalAheadOfTheServerClock()
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var armed = await scheduler.GetTrigger(new TriggerKey("raw-message-purge", "maintenance"), Ct);

        Assert.Equal(RawMessagePurgeJob.Key, armed?.JobKey);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(30), armed?.NextFireTimeUtc);
    }

    [Fact]
    public async Task PurgeAsync_RetentionPassedOnTheServerClock_DeletesExpiredMessagesAndKeepsYoungerOnes()
    {
        // Hours, not days: the clock starts at 08:00 and must not cross the nightly sample sync at 02:00.
        var old = await EchoAsync("""{ "message": "old" }""");
        host.Clock.Advance(TimeSpan.FromHours(1));
        var young = await EchoAsync("""{ "message": "young" }""");
        host.Clock.Advance(TimeSpan.FromMinutes(61));

        await host.Services.GetRequiredService<RawMessagePurger>().PurgeAsync(Ct);

        Assert.Empty(await Store.ListForInstanceAsync(old, Ct));
        Assert.Single(await Store.ListForInstanceAsync(young, Ct));
    }

    [Fact]
    public async Task PurgeAsync_NothingExpired_DeletesNothing()
    {
        var id = await EchoAsync("""{ "message": "fresh" }""");

        var deleted = await host.Services.GetRequiredService<RawMessagePurger>().PurgeAsync(Ct);

        Assert.Equal(0, deleted);
        Assert.Single(await Store.ListForInstanceAsync(id, Ct));
    }

    private IRawMessageStore Store => host.Services.GetRequiredService<IRawMessageStore>();

    private async Task<string> EchoAsync(string json)
    {
        var response = await host.Client.PostAsync("/workflows/echo", Raw(json), Ct);
        await response.ShouldBeOkAsync();
        return response.Headers.GetValues("X-Workflow-Instance-Id").Single();
    }
}
