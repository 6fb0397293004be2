using System.Net;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;

namespace HealthFlows.Server.Tests.Reliability;

/// <summary>
/// A burst of 1,000 resume requests over HTTP, two racing for each of 500 waiting bookmarks: each bookmark resumes once,
/// the loser of each race gets 404, and no bookmark is left behind.
/// </summary>
public sealed class BookmarkBurstTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Instances = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThousandConcurrentResumes_ResumeEveryBookmarkOnce_AndLeaveNoneStuck()
    {
        var client = server.Client;
        await client.PublishAsync(Workflows.Waiting("resume-burst"));
        var instanceIds = new List<string>(Instances);
        for (var i = 0; i < Instances; i++)
        {
            var started = await (await client.PostAsync("/api/workflow-definitions/resume-burst/execute", ApiJson.Body(new { }), Ct)).ShouldBeOkAsync();
            instanceIds.Add(started.GetProperty("instanceId").GetString()!);
        }

        var bookmarkIds = new List<string>(Instances);
        foreach (var id in instanceIds)
        {
            var bookmarks = (await GetInstanceAsync(id)).GetProperty("bookmarks");
            bookmarkIds.Add(Assert.Single(bookmarks.EnumerateArray()).GetProperty("id").GetString()!);
        }

        // Every bookmark twice, shuffled, 32 requests in flight at a time.
        var resumes = bookmarkIds.Concat(bookmarkIds).OrderBy(_ => Random.Shared.Next()).ToList();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<(string Bookmark, HttpStatusCode Status)>();
        await Parallel.ForEachAsync(resumes, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Ct }, async (bookmark, ct) =>
        {
            using var response = await client.PostAsync($"/api/bookmarks/{bookmark}/resume", null, ct);
            statuses.Add((bookmark, response.StatusCode));
        });

        Assert.Equal(2 * Instances, statuses.Count);
        Assert.All(statuses.GroupBy(s => s.Bookmark), pair =>
        {
            Assert.Single(pair, s => s.Status == HttpStatusCode.OK);
            Assert.Single(pair, s => s.Status == HttpStatusCode.NotFound);
        });
        foreach (var id in instanceIds)
        {
            var instance = await GetInstanceAsync(id);
            Assert.Equal("finished", instance.GetProperty("status").GetString());
            Assert.Empty(instance.GetProperty("bookmarks").EnumerateArray());
            Assert.Single(instance.GetProperty("journal").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "done");
        }
    }

    private async Task<System.Text.Json.JsonElement> GetInstanceAsync(string id) =>
        await (await server.Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();
}
