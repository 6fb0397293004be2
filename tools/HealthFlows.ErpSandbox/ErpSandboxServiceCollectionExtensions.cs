using HealthFlows.ErpSandbox.Auth;
using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Faults;
using HealthFlows.ErpSandbox.ItemLedgerEntries;
using HealthFlows.ErpSandbox.PurchaseOrders;
using HealthFlows.ErpSandbox.SalesInvoices;
using HealthFlows.ErpSandbox.Stats;
using HealthFlows.ErpSandbox.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthFlows.ErpSandbox;

/// <summary>Registers the ERP sandbox's services.</summary>
public static class ErpSandboxServiceCollectionExtensions
{
    private static readonly ConnectionPragmasInterceptor ConnectionPragmas = new();

    /// <summary>
    /// Adds the sandbox: its options, SQLite store (created and seeded on start) and fault state. Time is read from
    /// the <see cref="TimeProvider"/> in the container; <see cref="TimeProvider.System"/> is added when there is none.
    /// </summary>
    public static IServiceCollection AddErpSandbox(this IServiceCollection services, Action<ErpSandboxOptions> configure)
    {
        services.AddOptions<ErpSandboxOptions>()
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.DatabasePath), "ErpSandbox:DatabasePath is required.")
            .Validate(options => !string.IsNullOrEmpty(options.ClientId), "ErpSandbox:ClientId is required.")
            .Validate(options => !string.IsNullOrEmpty(options.ClientSecret), "ErpSandbox:ClientSecret is required.")
            .Validate(options => options.TokenLifetime > TimeSpan.Zero, "ErpSandbox:TokenLifetime must be positive.")
            .Validate(options => options.CompanyName.Length is > 0 and <= 30, "ErpSandbox:CompanyName must have 1 to 30 characters.")
            .PostConfigure<IHostEnvironment>((options, host) =>
            {
                if (!string.IsNullOrWhiteSpace(options.DatabasePath))
                    options.DatabasePath = Path.GetFullPath(options.DatabasePath, host.ContentRootPath);
            })
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // Pooled: every ERP call resolves a context, and building its options each time showed in the charge-capture profile.
        services.AddDbContextPool<ErpSandboxDbContext>((provider, db) => db
            .UseSqlite(SandboxDatabase.ConnectionString(provider.GetRequiredService<IOptions<ErpSandboxOptions>>().Value))
            .AddInterceptors(ConnectionPragmas)
            // Every call runs a few queries; at Information they would drown the embedding host's log.
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));
        services.AddHostedService<DatabaseInitializer>();

        services.AddSingleton<WriteGate>();
        services.AddSingleton<FaultState>();
        services.AddSingleton<SandboxCounters>();
        services.AddSingleton<InvoiceNumberSeries>();
        services.AddSingleton<KnownCompanies>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddScoped<LineDimensionResolver>();
        services.AddScoped<SalesInvoiceLineFactory>();
        services.AddScoped<SalesInvoiceService>();
        services.AddScoped<SalesInvoiceLineService>();
        services.AddScoped<ItemConsumptionService>();
        services.AddScoped<PurchaseOrderService>();
        return services;
    }
}
