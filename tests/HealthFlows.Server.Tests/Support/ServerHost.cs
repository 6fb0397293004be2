using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HealthFlows.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Server.Tests.Support;

/// <summary>A real HealthFlows server on Kestrel (127.0.0.1, a free port) over a SQLite file in a data directory.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-7f3a9c";

    private readonly WebApplication _app;

    private ServerHost(WebApplication app, string dataDirectory, FakeTimeProvider clock, int sampleMllpPort)
    {
        SampleMllpPort = sampleMllpPort;
        _app = app;
        DataDirectory = dataDirectory;
        Clock = clock;
        BaseAddress = new Uri(HealthFlowsApp.ListeningAddresses(app)[0]);
        Client = CreateClient(AdminKey);
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; }

    public Uri BaseAddress { get; }

    /// <summary>The free port the adt-intake sample's MLLP listener was given (<c>HealthFlows:Samples:MllpPort</c>).</summary>
    public int SampleMllpPort { get; }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; pass the same data directory to start it again over the same database.</summary>
    public static async Task<ServerHost> StartAsync(string dataDirectory, FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            $"--HealthFlows:DataDirectory={dataDirectory}",
            $"--HealthFlows:Bootstrap:AdminApiKey={AdminKey}",
            $"--HealthFlows:Samples:Directory={RepositoryPaths.Workflows}",
            "--Serilog:MinimumLevel:Default=Warning",
        };
        settings ??= new Dictionary<string, string?>();
        var sampleMllpPort = settings.TryGetValue("HealthFlows:Samples:MllpPort", out var given) && int.TryParse(given, out var port) ? port : FreePorts.Next();
        args.Add($"--HealthFlows:Samples:MllpPort={sampleMllpPort}");
        args.Add("--HealthFlows:Mllp:BindAddress=127.0.0.1");
        args.AddRange(settings.Where(s => s.Key != "HealthFlows:Samples:MllpPort").Select(s => $"--{s.Key}={s.Value}"));
        var app = HealthFlowsApp.Build([.. args], builder => builder.Services.AddSingleton<TimeProvider>(clock));
        await HealthFlows.Server.Hosting.StartupInitializer.InitializeAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        return new ServerHost(app, dataDirectory, clock, sampleMllpPort);
    }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
