using HealthFlows.ErpSandbox.ItemLedgerEntries;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.PurchaseOrders;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Storage;
using HealthFlows.ErpSandbox.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealthFlows.ErpSandbox.Tests.Storage;

/// <summary>
/// Every look-up by external document number must search the partial unique index on (company, external document
/// number): SQLite cannot use a partial index for a bound parameter alone, and without it each look-up scanned all the
/// company's documents, so every charge cost more as the table grew.
/// </summary>
public sealed class ExternalDocumentNumberPlanTests : IAsyncLifetime
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TemporaryFolder folder = new();
    private readonly QueryPlanRecorder recorder = new();
    private IHost host = null!;
    private AsyncServiceScope scope;

    public async ValueTask InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddErpSandbox(options =>
        {
            options.DatabasePath = folder.File("erp.db");
            options.ClientId = "plan-tests";
            options.ClientSecret = "plan-tests-secret";
        });
        builder.Services.ConfigureDbContext<ErpSandboxDbContext>(options => options.AddInterceptors(recorder));
        host = builder.Build();
        await host.StartAsync(Cancellation);
        scope = host.Services.CreateAsyncScope();
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
        folder.Dispose();
    }

    private ErpSandboxDbContext Db => scope.ServiceProvider.GetRequiredService<ErpSandboxDbContext>();

    [Fact]
    public async Task SalesInvoiceCreateCheck_ByExternalDocumentNumber_SearchesThePartialUniqueIndex()
    {
        await SalesInvoiceQueries.ByExternalDocumentNumber(Db, SandboxSeed.CompanyId, "MSG-PLAN-1", Cancellation);

        AssertSearchesIndex("SalesInvoices", "IX_SalesInvoices_Company_ExternalDocumentNumber");
    }

    [Fact]
    public async Task ODataFilter_ExternalDocumentNumberEq_SearchesThePartialUniqueIndex()
    {
        var filters = new FilterMap<SalesInvoice>("salesInvoice").Add("externalDocumentNumber", invoice => invoice.ExternalDocumentNumber);

        var query = filters.Apply(Db.SalesInvoices.Where(invoice => invoice.CompanyId == SandboxSeed.CompanyId), "externalDocumentNumber eq 'MSG-PLAN-2'");
        await query.Value!.ToListAsync(Cancellation);

        AssertSearchesIndex("SalesInvoices", "IX_SalesInvoices_Company_ExternalDocumentNumber");
    }

    [Fact]
    public async Task PurchaseOrderFind_ByExternalDocumentNumber_SearchesThePartialUniqueIndex()
    {
        await scope.ServiceProvider.GetRequiredService<PurchaseOrderService>().FindAsync(SandboxSeed.CompanyId, "PO-PLAN-1", Cancellation);

        AssertSearchesIndex("PurchaseOrders", "IX_PurchaseOrders_Company_ExternalDocumentNumber");
    }

    [Fact]
    public async Task ItemConsumptionCheck_ByExternalDocumentNumber_SearchesThePartialUniqueIndex()
    {
        var request = new ItemConsumptionRequest("CONS-PLAN-1", "NO-SUCH-ITEM", 1m, null, null, [new DimensionSetLineRequest(null, "COSTCENTER", null, "ORTHO")]);

        await scope.ServiceProvider.GetRequiredService<ItemConsumptionService>().ConsumeAsync(SandboxSeed.CompanyId, request, Cancellation);

        AssertSearchesIndex("ItemLedgerEntries", "IX_ItemLedgerEntries_Company_ExternalDocumentNumber");
    }

    private void AssertSearchesIndex(string table, string index)
    {
        var lookups = recorder.Plans
            .Where(plan => plan.Sql.Contains($"FROM \"{table}\"", StringComparison.Ordinal)
                && plan.Sql.Contains("\"ExternalDocumentNumber\" = @", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(lookups);
        Assert.All(lookups, lookup => Assert.Contains($"USING INDEX {index} (CompanyId=? AND ExternalDocumentNumber=?)", lookup.Plan, StringComparison.Ordinal));
    }
}
