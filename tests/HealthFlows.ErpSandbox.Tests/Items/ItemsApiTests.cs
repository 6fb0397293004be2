using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Items;

public sealed class ItemsApiTests
{
    [Fact]
    public async Task ListItems_NewSandbox_ShowsTheSeededImplantsWithStockAndReorderPolicy()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var items = (await api.GetJsonAsync("items")).Values();

        Assert.Equal(6, items.Length);
        var hip = items.Single(item => item.GetProperty("number").GetString() == "IMP-HIP-001");
        Assert.Equal("Inventory", hip.GetProperty("type").GetString());
        Assert.Equal(5m, hip.GetProperty("inventory").GetDecimal());
        Assert.Equal(3m, hip.GetProperty("reorderPoint").GetDecimal());
        Assert.Equal(10m, hip.GetProperty("reorderQuantity").GetDecimal());
        Assert.Equal("ORTHOSUP", hip.GetProperty("vendorNumber").GetString());
        Assert.Equal("PCS", hip.GetProperty("baseUnitOfMeasureCode").GetString());
        Assert.StartsWith("W/\"", hip.GetProperty("@odata.etag").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListItems_FilterByNumberOrBlocked_NarrowsTheList()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var byNumber = (await api.GetJsonAsync("items?$filter=number eq 'IMP-STENT-003'")).Values();
        var blocked = (await api.GetJsonAsync("items?$filter=blocked eq true")).Values();

        Assert.Equal("Coronary stent, drug-eluting", Assert.Single(byNumber).GetProperty("displayName").GetString());
        Assert.Equal("IMP-LENS-006", Assert.Single(blocked).GetProperty("number").GetString());
    }

    [Fact]
    public async Task GetItem_ById_AnswersIt_AndAnUnknownIdIsNotFound()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.GetJsonAsync("items?$filter=number eq 'IMP-KNEE-002'")).Values()[0].GetProperty("id").GetString();

        var item = await api.GetJsonAsync($"items({id})");
        using var unknown = await api.GetAsync($"items({Guid.NewGuid()})", TestContext.Current.CancellationToken);

        Assert.Equal(4m, item.GetProperty("inventory").GetDecimal());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("BadRequest_NotFound", (await unknown.ReadJsonAsync()).ErrorCode());
    }
}
