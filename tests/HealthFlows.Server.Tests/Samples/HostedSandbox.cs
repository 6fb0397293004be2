using System.Net.Http.Headers;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>Reads and steers the ERP sandbox a test server hosts under /sandbox/erp, as any ERP client would.</summary>
public sealed class HostedSandbox(ServerHost host)
{
    public const string CompanyId = "5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Injects faults (the body of POST /sandbox/erp/faults); they replace the ones in force.</summary>
    public async Task SetFaultsAsync(string faults) =>
        await (await host.Client.PostAsync("/sandbox/erp/faults", Raw(faults), Ct)).ShouldBeOkAsync();

    public async Task ClearFaultsAsync() => (await host.Client.DeleteAsync("/sandbox/erp/faults", CancellationToken.None)).Dispose();

    /// <summary>The invoices with this external document number, lines and their dimensions expanded.</summary>
    public async Task<IReadOnlyList<JsonElement>> InvoicesAsync(string externalDocumentNumber)
    {
        var filter = Uri.EscapeDataString($"externalDocumentNumber eq '{externalDocumentNumber.Replace("'", "''", StringComparison.Ordinal)}'");
        var answer = await GetAsync($"companies({CompanyId})/salesInvoices?$filter={filter}&$expand=salesInvoiceLines($expand=dimensionSetLines)");
        return [.. answer.GetProperty("value").EnumerateArray()];
    }

    /// <summary>The item with this number (its inventory, reorder point, ...).</summary>
    public async Task<JsonElement> ItemAsync(string number) =>
        (await GetAsync($"companies({CompanyId})/items?$filter={Filter("number", number)}")).GetProperty("value").EnumerateArray().Single();

    /// <summary>The stock movements (consumptions) made for this external document number.</summary>
    public async Task<IReadOnlyList<JsonElement>> ConsumptionsAsync(string externalDocumentNumber) =>
        [.. (await GetAsync($"companies({CompanyId})/itemLedgerEntries?$filter={Filter("externalDocumentNumber", externalDocumentNumber)}")).GetProperty("value").EnumerateArray()];

    /// <summary>The purchase orders for this item, lines expanded.</summary>
    public async Task<IReadOnlyList<JsonElement>> PurchaseOrdersForAsync(string itemNumber)
    {
        var orders = await GetAsync($"companies({CompanyId})/purchaseOrders?$expand=purchaseOrderLines");
        return [.. orders.GetProperty("value").EnumerateArray()
            .Where(order => order.GetProperty("purchaseOrderLines").EnumerateArray().Any(line => line.GetProperty("lineObjectNumber").GetString() == itemNumber))];
    }

    /// <summary>A GET below /sandbox/erp/api/v2.0/ with a fresh bearer token.</summary>
    public async Task<JsonElement> GetAsync(string relative)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/erp/api/v2.0/" + relative);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        return await (await host.Client.SendAsync(request, Ct)).ShouldBeOkAsync();
    }

    /// <summary>GET /sandbox/erp/stats.</summary>
    public async Task<JsonElement> StatsAsync() => await (await host.Client.GetAsync("/sandbox/erp/stats", Ct)).ShouldBeOkAsync();

    private static string Filter(string property, string value) =>
        Uri.EscapeDataString($"{property} eq '{value.Replace("'", "''", StringComparison.Ordinal)}'");

    private async Task<string> TokenAsync()
    {
        var secret = (await File.ReadAllTextAsync(Path.Combine(host.DataDirectory, "erp-sandbox.secret"), Ct)).Trim();
        var token = await (await host.Client.PostAsync("/sandbox/erp/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "healthflows",
            ["client_secret"] = secret,
        }), Ct)).ShouldBeOkAsync();
        return token.GetProperty("access_token").GetString()!;
    }
}
