using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using static HealthFlows.Server.Tests.Support.ApiJson;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Erp;

/// <summary>Sync Cost Centers in a published workflow on the real server, reading the sandbox the server hosts.</summary>
public sealed class SyncCostCentersWorkflowTests(ErpServerFixture server) : IClassFixture<ErpServerFixture>, IAsyncLifetime
{
    private const string DefinitionId = "sync-cost-centers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Host.Client;

    public async ValueTask InitializeAsync()
    {
        if ((await Client.GetAsync($"/api/workflow-definitions/{DefinitionId}", Ct)).IsSuccessStatusCode)
            return;
        await (await Client.PostAsync("/api/workflow-definitions", Body(SyncWorkflow()), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{DefinitionId}/publish", null, Ct)).ShouldBeOkAsync();
    }

    public async ValueTask DisposeAsync() => (await Client.DeleteAsync("/sandbox/erp/faults", CancellationToken.None)).Dispose();

    [Fact]
    public async Task SyncCostCenters_ANewCostCenterInTheErp_IsInsertedIntoTheMasterData()
    {
        await (await Client.GetAsync("/api/cost-centers/ICU2", Ct)).ShouldBeProblemAsync(404);
        await AddErpCostCenterAsync("ICU2", "Intensive care 2");

        var output = await SyncAsync();

        Assert.Equal("Synced", output.GetProperty("outcome").GetString());
        Assert.True(output.GetProperty("inserted").GetInt32() >= 1);
        var costCenter = await (await Client.GetAsync("/api/cost-centers/ICU2", Ct)).ShouldBeOkAsync();
        Assert.Equal("Intensive care 2", costCenter.GetProperty("name").GetString());
        Assert.True(costCenter.GetProperty("active").GetBoolean());
        Assert.Equal(server.Host.Clock.GetUtcNow(), costCenter.GetProperty("lastSyncedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task SyncCostCenters_RunTwice_CountsEverythingUnchangedTheSecondTime()
    {
        await SyncAsync();

        var second = await SyncAsync();

        Assert.Equal("Synced", second.GetProperty("outcome").GetString());
        Assert.Equal(0, second.GetProperty("inserted").GetInt32());
        Assert.Equal(0, second.GetProperty("updated").GetInt32());
        Assert.True(second.GetProperty("unchanged").GetInt32() > 0);
    }

    [Fact]
    public async Task SyncCostCenters_AValueBlockedInTheErp_BecomesInactiveAndKeepsItsEffectiveDates()
    {
        var created = new { code = "ONC7", name = "Oncology 7", effectiveFrom = "2026-01-01", effectiveTo = "2027-12-31" };
        await (await Client.PostAsync("/api/cost-centers", Body(created), Ct)).ShouldBeOkAsync(201);
        await AddErpCostCenterAsync("ONC7", "Oncology ward 7", blocked: true);

        var output = await SyncAsync();

        Assert.True(output.GetProperty("updated").GetInt32() >= 1);
        var costCenter = await (await Client.GetAsync("/api/cost-centers/ONC7", Ct)).ShouldBeOkAsync();
        Assert.Equal("Oncology ward 7", costCenter.GetProperty("name").GetString());
        Assert.False(costCenter.GetProperty("active").GetBoolean());
        Assert.Equal("2026-01-01", costCenter.GetProperty("effectiveFrom").GetString());
        Assert.Equal("2027-12-31", costCenter.GetProperty("effectiveTo").GetString());
    }

    [Fact]
    public async Task SyncCostCenters_ErpDown_FollowsUnavailableWithTheReason_AndChangesNothing()
    {
        await AddErpCostCenterAsync("PEDS9", "Pediatrics 9");
        await (await Client.PostAsync("/sandbox/erp/faults", Raw("""{"unavailableForSeconds":600}"""), Ct)).ShouldBeOkAsync();

        var output = await SyncAsync();

        Assert.Equal("Unavailable", output.GetProperty("outcome").GetString());
        Assert.Contains("503", output.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, output.GetProperty("inserted").GetInt32());
        await (await Client.GetAsync("/api/cost-centers/PEDS9", Ct)).ShouldBeProblemAsync(404);
    }

    /// <summary>
    /// Adds a value to the sandbox's COSTCENTER dimension the way an ERP administrator would in Business Central, whose
    /// API v2.0 has no route for it: in the sandbox's own database, next to the seeded values.
    /// </summary>
    private async Task AddErpCostCenterAsync(string code, string name, bool blocked = false)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(server.Host.DataDirectory, "erp-sandbox.db")};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO DimensionValues (Id, CompanyId, DimensionId, Code, DisplayName, Blocked, LastModified)
            SELECT $id, v.CompanyId, v.DimensionId, $code, $name, $blocked, v.LastModified
            FROM DimensionValues v JOIN Dimensions d ON d.Id = v.DimensionId
            WHERE d.Code = 'COSTCENTER' LIMIT 1
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$blocked", blocked);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
    }

    private async Task<JsonElement> SyncAsync()
    {
        var result = await (await Client.PostAsync($"/api/workflow-definitions/{DefinitionId}/execute", Body(new { }), Ct)).ShouldBeOkAsync();
        Assert.Equal("finished", result.GetProperty("status").GetString());
        return result.GetProperty("output");
    }

    /// <summary>Start → Sync Cost Centers → one Finish per outcome with the counts.</summary>
    private static JsonObject SyncWorkflow() => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = DefinitionId,
        ["name"] = "Sync cost centers",
        ["nodes"] = new JsonArray(Node("start", "Start"), Node("sync", "SyncCostCenters"), Outcome("synced", "Synced"), Outcome("unavailable", "Unavailable")),
        ["connections"] = new JsonArray(Connect("start", "Done", "sync"), Connect("sync", "Synced", "synced"), Connect("sync", "Unavailable", "unavailable")),
    };

    private static JsonObject Outcome(string id, string outcome) => Node(id, "Finish", ("output", Expr(
        $"({{ outcome: '{outcome}', inserted: outputs.sync.inserted, updated: outputs.sync.updated, unchanged: outputs.sync.unchanged, error: outputs.sync.error }})")));
}
