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

    public const string AdminUser = "admin";

    public const string AdminPassword = "test-admin-password-4b1e";

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
    public static async Task<ServerHost> StartAsync(string dataDirectory, FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            $"--HealthFlows:DataDirectory={dataDirectory}",
            $"--HealthFlows:Bootstrap:AdminApiKey={AdminKey}",
            $"--HealthFlows:Bootstrap:AdminUser={AdminUser}",
            $"--HealthFlows:Bootstrap:AdminPassword={AdminPassword}",
            $"--HealthFlows:Samples:Directory={RepositoryPaths.Workflows}",
            "--Serilog:MinimumLevel:Default=Warning",
        };
        settings ??= new Dictionary<string, string?>();
        var sampleMllpPort = settings.TryGetValue("HealthFlows:Samples:MllpPort", out var given) && int.TryParse(given, out var port) ? port : FreePorts.Next();
        args.Add($"--HealthFlows:Samples:MllpPort={sampleMllpPort}");
        args.Add("--HealthFlows:Mllp:BindAddress=127.0.0.1");
        args.AddRange(settings.Where(s => s.Key != "HealthFlows:Samples:MllpPort").Select(s => $"--{s.Key}={s.Value}"));
        var app = HealthFlowsApp.Build([.. args], builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            services?.Invoke(builder.Services);
        });
        await HealthFlowsApp.StartAsync(app, CancellationToken.None);
        // Tests steer the sandbox (faults, the clock) right after start: the background warm-up must not be in flight then.
        await (app.Services.GetService<HealthFlows.Server.Erp.ErpWarmUp>()?.Completion ?? Task.CompletedTask);
        return new ServerHost(app, dataDirectory, clock, sampleMllpPort);
    }

    /// <summary>A client that sends <paramref name="accessToken"/> as a bearer token.</summary>
    public HttpClient CreateBearerClient(string accessToken)
    {
        var client = CreateClient(apiKey: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Signs in over the API and returns the access token (fails the test on anything but 200).</summary>
    public async Task<string> SignInAsync(string userName, string password)
    {
        using var anonymous = CreateClient(apiKey: null);
        var response = await anonymous.PostAsync("/api/auth/sign-in", ApiJson.Body(new { userName, password }), TestContext.Current.CancellationToken);
        var body = await response.ShouldBeOkAsync();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates an API key with the roles through the API (as the admin) and returns the key.</summary>
    public async Task<string> CreateApiKeyAsync(string name, IReadOnlyList<string> roles, IReadOnlyList<string>? allowedTriggerPaths = null)
    {
        var response = await Client.PostAsync("/api/api-keys", ApiJson.Body(new { name, roles, allowedTriggerPaths }), TestContext.Current.CancellationToken);
        var body = await response.ShouldBeOkAsync(201);
        return body.GetProperty("key").GetString()!;
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
