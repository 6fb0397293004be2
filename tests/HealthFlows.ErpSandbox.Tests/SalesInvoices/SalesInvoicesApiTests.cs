using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.SalesInvoices;

public sealed class SalesInvoicesApiTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateInvoice_DeepInsertWithLines_Returns201DraftWithTotalsLinesAndDimensions()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var invoice = await api.PostJsonAsync("salesInvoices?$expand=salesInvoiceLines($expand=dimensionSetLines)",
            InvoiceBodies.Charge("MSG-0001", quantity: 2, unitPrice: 45.50m), HttpStatusCode.Created);

        Assert.Equal("MSG-0001", invoice.GetProperty("externalDocumentNumber").GetString());
        Assert.Equal("BCBS", invoice.GetProperty("customerNumber").GetString());
        Assert.Equal("Draft", invoice.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", invoice.GetProperty("invoiceDate").GetString());
        Assert.Equal(91.00m, invoice.GetProperty("totalAmountIncludingTax").GetDecimal());
        var line = Assert.Single(invoice.GetProperty("salesInvoiceLines").EnumerateArray());
        Assert.Equal(10000, line.GetProperty("sequence").GetInt32());
        Assert.Equal(91.00m, line.GetProperty("amountExcludingTax").GetDecimal());
        var dimension = Assert.Single(line.GetProperty("dimensionSetLines").EnumerateArray());
        Assert.Equal("COSTCENTER", dimension.GetProperty("code").GetString());
        Assert.Equal("LAB", dimension.GetProperty("valueCode").GetString());
    }

    [Fact]
    public async Task GetInvoice_WithoutExpand_OmitsLinesButKeepsTotals()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var created = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0002"), HttpStatusCode.Created);

        var invoice = await api.GetJsonAsync($"salesInvoices({created.GetProperty("id").GetString()})");

        Assert.False(invoice.TryGetProperty("salesInvoiceLines", out _));
        Assert.Equal(created.GetProperty("number").GetString(), invoice.GetProperty("number").GetString());
        Assert.Equal(91.00m, invoice.GetProperty("totalAmountExcludingTax").GetDecimal());
    }

    [Fact]
    public async Task GetInvoice_UnknownId_Returns404WithBusinessCentralError()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        using var response = await api.GetAsync($"salesInvoices({Guid.NewGuid()})", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BadRequest_NotFound", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task ListInvoices_FilterByExternalDocumentNumber_ReturnsOnlyThatInvoiceWithLines()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0003"), HttpStatusCode.Created);
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0004", customerNumber: "MEDICARE"), HttpStatusCode.Created);

        var invoices = (await api.GetJsonAsync("salesInvoices?$filter=externalDocumentNumber eq 'MSG-0004'&$expand=salesInvoiceLines")).Values();

        var invoice = Assert.Single(invoices);
        Assert.Equal("MEDICARE", invoice.GetProperty("customerNumber").GetString());
        Assert.Single(invoice.GetProperty("salesInvoiceLines").EnumerateArray());
    }

    [Fact]
    public async Task ListInvoices_FilterForUnknownNumber_ReturnsEmptyValueArray()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var invoices = (await api.GetJsonAsync("salesInvoices?$filter=externalDocumentNumber eq 'O''BRIEN-1'")).Values();

        Assert.Empty(invoices);
    }

    [Fact]
    public async Task ListInvoices_FilterByStatusAndDate_ReturnsOnlyThePostedInvoice()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var posted = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0007"), HttpStatusCode.Created);
        await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0008"), HttpStatusCode.Created);
        (await api.PostAsync($"salesInvoices({posted.GetProperty("id").GetString()})/Microsoft.NAV.post", null, Cancellation)).Dispose();

        var invoices = (await api.GetJsonAsync("salesInvoices?$filter=status eq 'Open' and invoiceDate eq 2026-03-02")).Values();

        Assert.Equal("MSG-0007", Assert.Single(invoices).GetProperty("externalDocumentNumber").GetString());
    }

    [Theory]
    [InlineData("$filter=externalDocumentNumber ne 'MSG'")]
    [InlineData("$filter=shipToName eq 'X'")]
    [InlineData("$filter=externalDocumentNumber eq 'unterminated")]
    [InlineData("$filter=externalDocumentNumber eq 42")]
    [InlineData("$expand=customer")]
    public async Task ListInvoices_UnsupportedQuery_Returns400(string query)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        using var response = await api.GetAsync($"salesInvoices?{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task PostInvoice_Draft_BecomesOpenWithPostedNumber()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0005"), HttpStatusCode.Created)).GetProperty("id").GetString();

        using var response = await api.PostAsync($"salesInvoices({id})/Microsoft.NAV.post", null, Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var invoice = await api.GetJsonAsync($"salesInvoices({id})");
        Assert.Equal("Open", invoice.GetProperty("status").GetString());
        Assert.StartsWith("PS-INV", invoice.GetProperty("number").GetString());
    }

    [Fact]
    public async Task PostInvoice_AlreadyPosted_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var id = (await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0006"), HttpStatusCode.Created)).GetProperty("id").GetString();
        (await api.PostAsync($"salesInvoices({id})/Microsoft.NAV.post", null, Cancellation)).Dispose();

        using var response = await api.PostAsync($"salesInvoices({id})/Microsoft.NAV.post", null, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Application_DialogException", (await response.ReadJsonAsync()).ErrorCode());
    }
}
