using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HealthFlows.Cluster.Tests.Support;

/// <summary>A HealthFlows server process (the built server dll) on a fixed loopback port, so a restart answers at the same address.</summary>
public sealed class ServerProcess : IDisposable
{
    public const string AdminKey = "process-test-admin-key-4b1e";

    private readonly IReadOnlyList<string> arguments;
    private ChildProcess process;

    private ServerProcess(ChildProcess process, IReadOnlyList<string> arguments, int port)
    {
        this.process = process;
        this.arguments = arguments;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Client = CreateClient();
    }

    public Uri BaseAddress { get; }

    /// <summary>A client sending the admin key.</summary>
    public HttpClient Client { get; }

    public string Output => process.Output;

    /// <summary>Starts a server with <paramref name="settings"/> (configuration keys) and waits until it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDirectory, IDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var arguments = new List<string>
        {
            $"--urls=http://127.0.0.1:{port}",
            "--environment=Testing",
            $"--HealthFlows:DataDirectory={dataDirectory}",
            $"--HealthFlows:Bootstrap:AdminApiKey={AdminKey}",
            "--HealthFlows:Samples:Load=false",
            "--HealthFlows:Mllp:BindAddress=127.0.0.1",
            "--Serilog:MinimumLevel:Default=Warning",
        };
        arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var server = new ServerProcess(ChildProcess.Start(BuiltApps.Server, arguments), arguments, port);
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed.</summary>
    public void Kill() => process.Kill();

    /// <summary>Starts the server again over the same data directory, database and port.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        process.Dispose();
        process = ChildProcess.Start(BuiltApps.Server, arguments);
        await WaitUntilReadyAsync(cancellationToken);
    }

    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Saves and publishes a workflow document.</summary>
    public async Task PublishAsync(JsonObject definition, CancellationToken cancellationToken)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        using var saved = await Client.PostAsJsonAsync("/api/workflow-definitions", definition, cancellationToken);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(cancellationToken));
        using var published = await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, cancellationToken);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Retracts a workflow's published version.</summary>
    public async Task RetractAsync(string definitionId, CancellationToken cancellationToken)
    {
        using var retracted = await Client.PostAsync($"/api/workflow-definitions/{definitionId}/retract", null, cancellationToken);
        Assert.True(retracted.IsSuccessStatusCode, await retracted.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Dispose()
    {
        Client.Dispose();
        process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var ready = await Eventually.HoldsAsync(
            async () => !process.HasExited && (await Client.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode,
            // Generous: on a loaded 2-core CI machine a cold start (JIT, migrations, warm-up) has taken over 30 s.
            TimeSpan.FromSeconds(90), cancellationToken);
        Assert.True(ready, $"The server at {BaseAddress} did not become ready:\n{process.Output}");
    }
}
