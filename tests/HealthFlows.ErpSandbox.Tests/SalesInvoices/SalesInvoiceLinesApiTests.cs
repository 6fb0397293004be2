using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.SalesInvoices;

public sealed class SalesInvoiceLinesApiTests
{
    private const string XRayLine = """
        {"lineType":"Item","lineObjectNumber":"CPT-71046","description":"Chest X-ray, 2 views","quantity":1,"unitPrice":120.25,
         "dimensionSetLines":[{"code":"DEPARTMENT","valueCode":"RAD"}]}
        """;

    [Fact]
    public async Task AddLine_ToDraft_Returns201WithNextSequenceAndRaisesTheTotal()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0300"), HttpStatusCode.Created)).GetProperty("id").GetString();

        var line = await api.PostJsonAsync($"salesInvoices({id})/salesInvoiceLines", XRayLine, HttpStatusCode.Created);

        Assert.Equal(20000, line.GetProperty("sequence").GetInt32());
        Assert.Equal(id, line.GetProperty("documentId").GetString());
        Assert.Equal("RAD", line.GetProperty("dimensionSetLines")[0].GetProperty("valueCode").GetString());
        Assert.Equal(211.25m, (await api.GetJsonAsync($"salesInvoices({id})")).GetProperty("totalAmountIncludingTax").GetDecimal());
    }

    [Fact]
    public async Task ListLines_ExpandDimensions_ReturnsLinesInSequenceWithTheirDimensions()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0301"), HttpStatusCode.Created)).GetProperty("id").GetString();
        await api.PostJsonAsync($"salesInvoices({id})/salesInvoiceLines", XRayLine, HttpStatusCode.Created);

        var lines = (await api.GetJsonAsync($"salesInvoices({id})/salesInvoiceLines?$expand=dimensionSetLines")).Values();

        Assert.Equal(["CPT-80053", "CPT-71046"], lines.Select(line => line.GetProperty("lineObjectNumber").GetString()));
        Assert.Equal(["LAB", "RAD"], lines.Select(line => line.GetProperty("dimensionSetLines")[0].GetProperty("valueCode").GetString()));
    }

    [Fact]
    public async Task AddLineDimension_SecondDimensionOnALine_IsListedWithTheLine()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var invoice = await api.PostJsonAsync("salesInvoices?$expand=salesInvoiceLines", InvoiceBodies.Charge("MSG-0302"), HttpStatusCode.Created);
        var id = invoice.GetProperty("id").GetString();
        var lineId = invoice.GetProperty("salesInvoiceLines")[0].GetProperty("id").GetString();
        var path = $"salesInvoices({id})/salesInvoiceLines({lineId})/dimensionSetLines";

        var entry = await api.PostJsonAsync(path, """{"code":"DEPARTMENT","valueCode":"lab"}""", HttpStatusCode.Created);

        Assert.Equal("LAB", entry.GetProperty("valueCode").GetString());
        Assert.Equal(lineId, entry.GetProperty("parentId").GetString());
        var codes = (await api.GetJsonAsync(path)).Values().Select(dimension => dimension.GetProperty("code").GetString()).Order();
        Assert.Equal(["COSTCENTER", "DEPARTMENT"], codes);
    }

    [Fact]
    public async Task AddLine_ToPostedInvoice_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0303"), HttpStatusCode.Created)).GetProperty("id").GetString();
        (await api.PostAsync($"salesInvoices({id})/Microsoft.NAV.post", null, TestContext.Current.CancellationToken)).Dispose();

        var error = await api.PostJsonAsync($"salesInvoices({id})/salesInvoiceLines", XRayLine, HttpStatusCode.BadRequest);

        Assert.Equal("Application_DialogException", error.ErrorCode());
    }

    [Fact]
    public async Task AddLine_UnknownInvoice_Returns404()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync($"salesInvoices({Guid.NewGuid()})/salesInvoiceLines", XRayLine, HttpStatusCode.NotFound);

        Assert.Equal("BadRequest_NotFound", error.ErrorCode());
    }

    [Fact]
    public async Task AddLine_SequenceAlreadyTaken_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0304"), HttpStatusCode.Created)).GetProperty("id").GetString();

        var error = await api.PostJsonAsync($"salesInvoices({id})/salesInvoiceLines", """{"sequence":10000,"description":"again"}""", HttpStatusCode.BadRequest);

        Assert.Equal("Internal_EntityWithSameKeyExists", error.ErrorCode());
    }
}
