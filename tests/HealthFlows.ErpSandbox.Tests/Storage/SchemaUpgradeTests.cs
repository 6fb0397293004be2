using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HealthFlows.ErpSandbox.Tests.Storage;

public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task Start_OverAFileFromASandboxWithoutInventory_AddsTheTablesAndStockAndKeepsTheInvoices()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("erp.db");
        await using (var before = await SandboxServer.StartAsync(database))
        {
            using var api = await before.CompanyClientAsync();
            await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0900"), HttpStatusCode.Created);
        }

        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE PurchaseOrderLines; DROP TABLE PurchaseOrders; DROP TABLE ItemLedgerEntries; DROP TABLE Items; DROP TABLE Vendors;";
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var after = await SandboxServer.StartAsync(database);
        using var company = await after.CompanyClientAsync();

        Assert.Equal(6, (await company.GetJsonAsync("items")).Values().Length);
        Assert.Single((await company.GetJsonAsync("salesInvoices?$filter=externalDocumentNumber eq 'MSG-0900'")).Values());
        await company.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-upgrade"), HttpStatusCode.Created);
        await company.PostJsonAsync("itemLedgerEntries", InventoryBodies.Consumption("proc-upgrade"), HttpStatusCode.OK);
    }
}
