using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Customers;
using HealthFlows.ErpSandbox.Dimensions;
using HealthFlows.ErpSandbox.ItemLedgerEntries;
using HealthFlows.ErpSandbox.Items;
using HealthFlows.ErpSandbox.PurchaseOrders;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Vendors;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>The sandbox's SQLite database.</summary>
internal sealed class ErpSandboxDbContext(DbContextOptions<ErpSandboxDbContext> options) : DbContext(options)
{
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Dimension> Dimensions => Set<Dimension>();
    public DbSet<DimensionValue> DimensionValues => Set<DimensionValue>();
    public DbSet<SalesInvoice> SalesInvoices => Set<SalesInvoice>();
    public DbSet<SalesInvoiceLine> SalesInvoiceLines => Set<SalesInvoiceLine>();
    public DbSet<SalesInvoiceLineDimension> SalesInvoiceLineDimensions => Set<SalesInvoiceLineDimension>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<ItemLedgerEntry> ItemLedgerEntries => Set<ItemLedgerEntry>();
    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();
    public DbSet<PurchaseOrderLine> PurchaseOrderLines => Set<PurchaseOrderLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ErpSandboxDbContext).Assembly);
}
