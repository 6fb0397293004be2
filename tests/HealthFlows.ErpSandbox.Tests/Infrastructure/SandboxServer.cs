using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.ErpSandbox.Tests.Infrastructure;

/// <summary>
/// The sandbox mounted under <see cref="Prefix"/> in a real Kestrel host on 127.0.0.1 with a dynamic port,
/// over a SQLite file, reading time from a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    public const string Prefix = "/sandbox/erp";
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication app;
    private readonly TemporaryFolder? ownedFolder;

    private SandboxServer(WebApplication app, Uri root, FakeTimeProvider clock, string databasePath, TemporaryFolder? ownedFolder)
    {
        this.app = app;
        this.ownedFolder = ownedFolder;
        Clock = clock;
        DatabasePath = databasePath;
        Http = new HttpClient { BaseAddress = new Uri(root, Prefix + "/") };
    }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath { get; }

    /// <summary>A client without a token, addressed at the sandbox's prefix (<c>oauth2/token</c>, <c>faults</c>, <c>api/v2.0/...</c>).</summary>
    public HttpClient Http { get; }

    /// <summary>Starts a sandbox over a new database file in a folder of its own, deleted on dispose.</summary>
    public static Task<SandboxServer> StartAsync()
    {
        var folder = new TemporaryFolder();
        return StartAsync(folder.File("erp.db"), clock: null, folder);
    }

    /// <summary>
    /// Starts a sandbox over <paramref name="databasePath"/>, which outlives it (to start another over the same data);
    /// a relative path is resolved against <paramref name="contentRoot"/>, by default the current directory.
    /// </summary>
    public static Task<SandboxServer> StartAsync(string databasePath, FakeTimeProvider? clock = null, string? contentRoot = null) =>
        StartAsync(databasePath, clock, ownedFolder: null, contentRoot);

    private static async Task<SandboxServer> StartAsync(
        string databasePath, FakeTimeProvider? clock, TemporaryFolder? ownedFolder, string? contentRoot = null)
    {
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = contentRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddErpSandbox(options =>
        {
            options.DatabasePath = databasePath;
            options.ClientId = ClientId;
            options.ClientSecret = ClientSecret;
        });
        var app = builder.Build();
        app.MapErpSandbox(Prefix);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SandboxServer(app, new Uri(address), clock, databasePath, ownedFolder);
    }

    /// <summary>A client carrying a fresh bearer token, addressed at <c>api/v2.0/</c>.</summary>
    public async Task<HttpClient> ApiClientAsync() => Authorized(new Uri(Http.BaseAddress!, "api/v2.0/"), await TokenAsync());

    /// <summary>A client carrying a fresh bearer token, addressed at the seeded company (<c>api/v2.0/companies({id})/</c>).</summary>
    public async Task<HttpClient> CompanyClientAsync()
    {
        var token = await TokenAsync();
        using var api = Authorized(new Uri(Http.BaseAddress!, "api/v2.0/"), token);
        var companyId = (await api.GetJsonAsync("companies")).Values()[0].GetProperty("id").GetString();
        return Authorized(new Uri(api.BaseAddress!, $"companies({companyId})/"), token);
    }

    private static HttpClient Authorized(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
        });
        using var response = await Http.PostAsync("oauth2/token", form, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        // Pooled connections keep the file open; release them so the next start or the clean-up sees it closed.
        SqliteConnection.ClearAllPools();
        ownedFolder?.Dispose();
    }
}
