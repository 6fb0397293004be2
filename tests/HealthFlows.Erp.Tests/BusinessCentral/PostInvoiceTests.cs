using System.Text;
using System.Text.Json;
using HealthFlows.Erp.Invoices;
using HealthFlows.Erp.Tests.Support;

namespace HealthFlows.Erp.Tests.BusinessCentral;

public sealed class PostInvoiceTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostInvoice_NewInvoice_IsPostedWithItsPostedNumber()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1001"), Cancellation);
        var found = await erp.Connector.FindInvoiceAsync("MSG-1001", Cancellation);
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal("PS-INV103001", result.DocumentNumber);
        Assert.Equal(result.InvoiceId, found?.Id);
        Assert.Equal("Open", found?.Status);
        Assert.Equal(1, stats.GetProperty("postedCount").GetInt32());
        Assert.Equal(2, stats.GetProperty("lineCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_EachLine_CarriesItsCostCenterAsADimensionSetLine()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1002", costCenter: "rad"), Cancellation);
        using var company = await erp.CompanyClientAsync(sandbox);
        var invoice = JsonDocument.Parse(await company.GetStringAsync(
            $"salesInvoices({result.InvoiceId})?$expand=salesInvoiceLines($expand=dimensionSetLines)", Cancellation)).RootElement;
        var lines = invoice.GetProperty("salesInvoiceLines").EnumerateArray().ToList();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal("V-20260302-7", invoice.GetProperty("customerPurchaseOrderReference").GetString());
        Assert.All(lines, line =>
        {
            var dimension = Assert.Single(line.GetProperty("dimensionSetLines").EnumerateArray());
            Assert.Equal(("COSTCENTER", "RAD"), (dimension.GetProperty("code").GetString(), dimension.GetProperty("valueCode").GetString()));
        });
        Assert.Equal([("Item", "CPT-80053"), ("Account", "40100")],
            lines.Select(line => (line.GetProperty("lineType").GetString(), line.GetProperty("lineObjectNumber").GetString())));
    }

    [Fact]
    public async Task PostInvoice_SameExternalDocumentNumberAgain_AnswersTheFirstInvoiceWithoutPostingAgain()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var first = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1003"), Cancellation);
        var second = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1003", customerNumber: "AETNA"), Cancellation);
        var stats = await sandbox.StatsAsync();

        Assert.Equal(first, second);
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        // Zero replays: the connector looked first, so the sandbox's own duplicate guard was never needed.
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_DraftLeftByAnEarlierAttempt_PostsThatDraftInsteadOfASecondInvoice()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);
        using var company = await erp.CompanyClientAsync(sandbox);
        using var draft = await company.PostAsync("salesInvoices", new StringContent(
            """{"externalDocumentNumber":"MSG-1004","customerNumber":"BCBS","salesInvoiceLines":[{"lineObjectNumber":"CPT-80053","quantity":1,"unitPrice":10,"dimensionSetLines":[{"code":"COSTCENTER","valueCode":"LAB"}]}]}""",
            Encoding.UTF8, "application/json"), Cancellation);
        draft.EnsureSuccessStatusCode();

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1004"), Cancellation);
        var stats = await sandbox.StatsAsync();

        Assert.Equal(ErpPostStatus.Posted, result.Status);
        Assert.Equal("PS-INV103001", result.DocumentNumber);
        Assert.Equal(1, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("postedCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("idempotentReplayCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_CostCenterTheErpRefuses_IsRejectedWithTheErpMessage()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);
        await sandbox.SetFaultsAsync(new { rejectCostCenters = new[] { "RAD" } });

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1005", costCenter: "RAD"), Cancellation);

        Assert.Equal(ErpPostStatus.Rejected, result.Status);
        Assert.Contains("RAD", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await sandbox.StatsAsync()).GetProperty("invoiceCount").GetInt32());
    }

    [Fact]
    public async Task PostInvoice_UnknownCustomer_IsRejectedWithTheErpMessage()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1006", customerNumber: "NOBODY"), Cancellation);

        Assert.Equal(ErpPostStatus.Rejected, result.Status);
        Assert.Contains("The Customer does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostInvoice_WithoutLines_IsRejectedBeforeAskingTheErp()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);
        await sandbox.SetFaultsAsync(new { unavailableForSeconds = 60 });

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1007") with { Lines = [] }, Cancellation);

        Assert.Equal(ErpPostResult.Rejected("An invoice needs at least one line."), result);
    }

    [Fact]
    public async Task PostInvoice_WrongClientSecret_IsUnavailableNamingTheTokenEndpoint()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.ClientSecret = "not-the-secret");

        var result = await erp.Connector.PostInvoiceAsync(SampleInvoices.Charge("MSG-1008"), Cancellation);

        Assert.Equal(ErpPostStatus.Unavailable, result.Status);
        Assert.Equal("The ERP token endpoint refused the client (HTTP 401).", result.Error);
    }
}
