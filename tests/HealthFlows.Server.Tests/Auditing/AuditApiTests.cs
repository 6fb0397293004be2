using HealthFlows.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Auditing;

/// <summary>GET /api/audit and /api/audit/verify over the server's own SQLite file.</summary>
public sealed class AuditApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_RowEditedInTheDatabaseFile_ReportsTheFirstBrokenEntry()
    {
        for (var i = 1; i <= 3; i++)
        {
            await (await server.Client.PostAsync("/api/cost-centers", Body(new { code = $"VER-{i}", name = $"Verify {i}" }), Ct)).ShouldBeOkAsync(201);
        }

        var intact = await (await server.Client.GetAsync("/api/audit/verify", Ct)).ShouldBeOkAsync();
        Assert.True(intact.GetProperty("valid").GetBoolean());
        var second = (await (await server.Client.GetAsync("/api/audit?targetId=VER-2", Ct)).ShouldBeOkAsync()).GetProperty("items")[0].GetProperty("sequence").GetInt64();

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(server.Host.DataDirectory, "healthflows.db")};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""UPDATE "AuditEntries" SET "ActorName" = 'nobody' WHERE "Sequence" = {second}""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        var broken = await (await server.Client.GetAsync("/api/audit/verify", Ct)).ShouldBeOkAsync();
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(second - 1, broken.GetProperty("checked").GetInt64());
        Assert.Equal(second, broken.GetProperty("firstBrokenEntry").GetProperty("sequence").GetInt64());
        Assert.Equal("hashMismatch", broken.GetProperty("firstBrokenEntry").GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    [InlineData("from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z")]
    [InlineData("from=yesterday")]
    public async Task List_BadQuery_IsABadRequest(string query)
    {
        await (await server.Client.GetAsync($"/api/audit?{query}", Ct)).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Audit_WithoutAnApiKey_IsUnauthorized()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        await (await anonymous.GetAsync("/api/audit/verify", Ct)).ShouldBeProblemAsync(401);
    }
}
