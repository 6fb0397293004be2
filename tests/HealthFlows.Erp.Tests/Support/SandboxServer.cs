using System.Net;
using System.Text;
using System.Text.Json;
using HealthFlows.ErpSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthFlows.Erp.Tests.Support;

/// <summary>The real ERP sandbox on Kestrel (127.0.0.1, a free port) over a SQLite file of its own, on the test's clock.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    public const string Prefix = "/sandbox/erp";
    public const string ClientId = "connector-tests";
    public const string ClientSecret = "connector-tests-secret";

    /// <summary>The company the sandbox seeds (fixed, see docs/erp-sandbox.md).</summary>
    public static readonly Guid CompanyId = new("5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17");

    private readonly WebApplication app;
    private readonly string folder;

    private SandboxServer(WebApplication app, Uri root, string folder)
    {
        this.app = app;
        this.folder = folder;
        Root = new Uri(root, Prefix + "/");
        Http = new HttpClient { BaseAddress = Root };
    }

    /// <summary>The sandbox's root (<c>.../sandbox/erp/</c>).</summary>
    public Uri Root { get; }

    public Uri ApiUrl => new(Root, "api/v2.0/");

    public Uri TokenUrl => new(Root, "oauth2/token");

    /// <summary>A client for the sandbox's own routes (<c>faults</c>, <c>stats</c>).</summary>
    public HttpClient Http { get; }

    public static async Task<SandboxServer> StartAsync(TimeProvider clock)
    {
        var folder = Directory.CreateTempSubdirectory("erp-connector-tests-").FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(clock);
        builder.Services.AddErpSandbox(options =>
        {
            options.DatabasePath = Path.Combine(folder, "erp.db");
            options.ClientId = ClientId;
            options.ClientSecret = ClientSecret;
        });
        var app = builder.Build();
        app.MapErpSandbox(Prefix);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SandboxServer(app, new Uri(address), folder);
    }

    /// <summary>Replaces the injected faults (docs/erp-sandbox.md, "Fault injection").</summary>
    public async Task SetFaultsAsync(object faults)
    {
        using var content = new StringContent(JsonSerializer.Serialize(faults, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync("faults", content, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await Http.DeleteAsync("faults", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary><c>GET stats</c>: invoiceCount, postedCount, lineCount, idempotentReplayCount.</summary>
    public async Task<JsonElement> StatsAsync()
    {
        var text = await Http.GetStringAsync("stats", TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
