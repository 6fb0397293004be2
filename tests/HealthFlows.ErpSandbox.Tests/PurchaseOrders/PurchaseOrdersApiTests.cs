using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.PurchaseOrders;

public sealed class PurchaseOrdersApiTests
{
    [Fact]
    public async Task CreateOrder_ForAnItem_Answers201ADraftToTheItemsVendorAtTheItemsCost()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var order = await api.PostJsonAsync("purchaseOrders?$expand=purchaseOrderLines", InventoryBodies.PurchaseOrder("RPL-proc-1"), HttpStatusCode.Created);

        Assert.Equal("PO106001", order.GetProperty("number").GetString());
        Assert.Equal("Draft", order.GetProperty("status").GetString());
        Assert.Equal("ORTHOSUP", order.GetProperty("vendorNumber").GetString());
        Assert.Equal("RPL-proc-1", order.GetProperty("externalDocumentNumber").GetString());
        var line = Assert.Single(order.GetProperty("purchaseOrderLines").EnumerateArray());
        Assert.Equal("IMP-HIP-001", line.GetProperty("lineObjectNumber").GetString());
        Assert.Equal(10m, line.GetProperty("quantity").GetDecimal());
        Assert.Equal(1850m, line.GetProperty("directUnitCost").GetDecimal());
        Assert.Equal(18500m, order.GetProperty("totalAmountExcludingTax").GetDecimal());
    }

    [Fact]
    public async Task CreateOrder_TheSameExternalDocumentNumberAgain_Answers200WithTheFirstOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var first = await api.PostJsonAsync("purchaseOrders", InventoryBodies.PurchaseOrder("RPL-proc-2"), HttpStatusCode.Created);

        var again = await api.PostJsonAsync("purchaseOrders", InventoryBodies.PurchaseOrder("RPL-proc-2", quantity: 99), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        var listed = (await api.GetJsonAsync("purchaseOrders?$filter=externalDocumentNumber eq 'RPL-proc-2'&$expand=purchaseOrderLines")).Values();
        Assert.Equal(10m, Assert.Single(listed).GetProperty("purchaseOrderLines")[0].GetProperty("quantity").GetDecimal());
        var stats = await sandbox.Http.GetJsonAsync("stats");
        Assert.Equal(1, stats.GetProperty("purchaseOrderCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("purchaseOrderReplayCount").GetInt32());
    }

    [Theory]
    [InlineData("""{ "externalDocumentNumber": "x", "purchaseOrderLines": [] }""", "Application_DialogException")]
    [InlineData("""{ "externalDocumentNumber": "x", "purchaseOrderLines": [ { "lineObjectNumber": "IMP-NOPE", "quantity": 1 } ] }""", "Internal_RecordNotFound")]
    [InlineData("""{ "externalDocumentNumber": "x", "purchaseOrderLines": [ { "lineObjectNumber": "IMP-LENS-006", "quantity": 1 } ] }""", "Application_DialogException")]
    [InlineData("""{ "externalDocumentNumber": "x", "purchaseOrderLines": [ { "lineObjectNumber": "IMP-HIP-001", "quantity": -1 } ] }""", "BadRequest")]
    [InlineData("""{ "externalDocumentNumber": "x", "purchaseOrderLines": [ { "lineType": "Account", "lineObjectNumber": "40100", "quantity": 1 } ] }""", "Application_EvaluateException")]
    [InlineData("""{ "externalDocumentNumber": "x", "vendorNumber": "NOBODY", "purchaseOrderLines": [ { "lineObjectNumber": "IMP-HIP-001", "quantity": 1 } ] }""", "Internal_RecordNotFound")]
    public async Task CreateOrder_ABadOrder_Answers400AndStoresNothing(string body, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("purchaseOrders", body, HttpStatusCode.BadRequest);

        Assert.Equal(code, error.ErrorCode());
        Assert.Empty((await api.GetJsonAsync("purchaseOrders")).Values());
    }

    [Fact]
    public async Task ListOrders_AnUnsupportedExpand_Answers400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        using var response = await api.GetAsync("purchaseOrders?$expand=vendor", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
