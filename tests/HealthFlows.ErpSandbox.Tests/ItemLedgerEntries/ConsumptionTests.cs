using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.ItemLedgerEntries;

public sealed class ConsumptionTests
{
    [Fact]
    public async Task Consume_AnItemInStock_Answers201WithANegativeEntryAndLowersTheInventory()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var entry = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-1", quantity: 2), HttpStatusCode.Created);

        Assert.Equal(-2m, entry.GetProperty("quantity").GetDecimal());
        Assert.Equal("Negative Adjmt.", entry.GetProperty("entryType").GetString());
        Assert.Equal("IMP-HIP-001", entry.GetProperty("itemNumber").GetString());
        Assert.Equal("proc-1", entry.GetProperty("externalDocumentNumber").GetString());
        Assert.Equal("COSTCENTER", entry.GetProperty("dimensionCode").GetString());
        Assert.Equal("ORTHO", entry.GetProperty("dimensionValueCode").GetString());
        Assert.Equal("2026-03-02", entry.GetProperty("postingDate").GetString());
        Assert.Equal(1, entry.GetProperty("entryNumber").GetInt32());
        var hip = (await api.GetJsonAsync("items?$filter=number eq 'IMP-HIP-001'")).Values()[0];
        Assert.Equal(3m, hip.GetProperty("inventory").GetDecimal());
    }

    [Fact]
    public async Task Consume_TheSameExternalDocumentNumberAgain_Answers200WithTheFirstEntryAndTakesNothingMore()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var first = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-2"), HttpStatusCode.Created);

        var again = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-2", quantity: 3), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(4m, (await api.GetJsonAsync("items?$filter=number eq 'IMP-HIP-001'")).Values()[0].GetProperty("inventory").GetDecimal());
        var stats = await sandbox.Http.GetJsonAsync("stats");
        Assert.Equal(1, stats.GetProperty("consumptionCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("consumptionReplayCount").GetInt32());
    }

    [Fact]
    public async Task Consume_ConcurrentIdenticalPosts_TakeTheItemOnce()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-3"))));

        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(11, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4m, (await api.GetJsonAsync("items?$filter=number eq 'IMP-HIP-001'")).Values()[0].GetProperty("inventory").GetDecimal());
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task ListEntries_FilterByExternalDocumentNumber_FindsTheConsumption()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-4", "IMP-STENT-003", costCenter: "CAR"), HttpStatusCode.Created);
        await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-5"), HttpStatusCode.Created);

        var found = (await api.GetJsonAsync("itemLedgerEntries?$filter=externalDocumentNumber eq 'proc-4'")).Values();

        Assert.Equal("IMP-STENT-003", Assert.Single(found).GetProperty("itemNumber").GetString());
    }

    [Theory]
    [InlineData("IMP-NOPE-999", 1, "ORTHO", "Internal_RecordNotFound", "No.='IMP-NOPE-999'")]
    [InlineData("IMP-LENS-006", 1, "ORTHO", "Application_DialogException", "Item IMP-LENS-006 is blocked.")]
    [InlineData("IMP-PACE-004", 4, "CAR", "Application_DialogException", "insufficient quantity of Item IMP-PACE-004")]
    [InlineData("IMP-HIP-001", 1, "DERM", "Application_DialogException", "DERM is blocked")]
    [InlineData("IMP-HIP-001", 1, "ONCO", "Internal_InvalidTableRelation", "(ONCO)")]
    public async Task Consume_ABusinessProblem_Answers400WithBusinessCentralsErrorAndChangesNothing(
        string item, decimal quantity, string costCenter, string code, string message)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-6", item, quantity, costCenter), HttpStatusCode.BadRequest);

        Assert.Equal(code, error.ErrorCode());
        Assert.Contains(message, error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Empty((await api.GetJsonAsync("itemLedgerEntries")).Values());
        Assert.Equal(3m, (await api.GetJsonAsync("items?$filter=number eq 'IMP-PACE-004'")).Values()[0].GetProperty("inventory").GetDecimal());
    }

    [Theory]
    [InlineData("""{ "itemNumber": "IMP-HIP-001", "quantity": 1, "dimensionSetLines": [ { "code": "COSTCENTER", "valueCode": "ORTHO" } ] }""", "BadRequest_RequiredParamNotProvided")]
    [InlineData("""{ "externalDocumentNumber": "p", "itemNumber": "IMP-HIP-001", "quantity": 0, "dimensionSetLines": [ { "code": "COSTCENTER", "valueCode": "ORTHO" } ] }""", "BadRequest")]
    [InlineData("""{ "externalDocumentNumber": "p", "itemNumber": "IMP-HIP-001", "quantity": "1", "dimensionSetLines": [ { "code": "COSTCENTER", "valueCode": "ORTHO" } ] }""", "BadRequest")]
    [InlineData("""{ "externalDocumentNumber": "p", "itemNumber": "IMP-HIP-001", "quantity": 1 }""", "BadRequest")]
    [InlineData("""{ "externalDocumentNumber": "0123456789012345678901234567890123456", "itemNumber": "IMP-HIP-001", "quantity": 1, "dimensionSetLines": [ { "code": "COSTCENTER", "valueCode": "ORTHO" } ] }""", "Application_StringExceededLength")]
    [InlineData("""{ "externalDocumentNumber": "p", "itemNumber": "IMP-HIP-001", "quantity": 1, "dimensionSetLines": [ """, "BadRequest")]
    public async Task Consume_AMalformedBody_Answers400(string body, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("itemLedgerEntries", body, HttpStatusCode.BadRequest);

        Assert.Equal(code, error.ErrorCode());
    }

    [Fact]
    public async Task Consume_ACostCenterTheFaultsReject_Answers400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        using var faults = await sandbox.Http.PostJsonAsync("faults", """{ "rejectCostCenters": ["ORTHO"] }""");

        var error = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-7"), HttpStatusCode.BadRequest);

        Assert.Contains("ORTHO", error.ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consume_DuringAnInjectedOutage_Answers503AndTakesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        using var faults = await sandbox.Http.PostJsonAsync("faults", """{ "unavailableForSeconds": 60 }""");

        using var response = await api.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-8"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, (await sandbox.Http.GetJsonAsync("stats")).GetProperty("consumptionCount").GetInt32());
    }
}
