using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthFlows.Cluster.Tests.Support;

/// <summary>The standalone ERP sandbox (tools/HealthFlows.ErpSandbox.Host) as its own process on a loopback port.</summary>
public sealed class ErpSandboxProcess : IDisposable
{
    public const string ClientId = "durability-client";
    public const string ClientSecret = "durability-secret-1f9c";
    public const string CompanyId = "5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17";

    private readonly ChildProcess process;
    private readonly HttpClient client;

    private ErpSandboxProcess(ChildProcess process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public string Output => process.Output;

    /// <summary>Starts the sandbox with its database in <paramref name="directory"/> and waits until it answers.</summary>
    public static async Task<ErpSandboxProcess> StartAsync(string directory, int port, CancellationToken cancellationToken)
    {
        var child = ChildProcess.Start(BuiltApps.ErpSandbox, [
            $"--urls=http://127.0.0.1:{port}",
            $"--ErpSandbox:DatabasePath={Path.Combine(directory, "erp-sandbox.db")}",
            $"--ErpSandbox:ClientId={ClientId}",
            $"--ErpSandbox:ClientSecret={ClientSecret}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        var sandbox = new ErpSandboxProcess(child, AddressOf(port));
        var ready = await Eventually.HoldsAsync(async () => (await sandbox.client.GetAsync("stats", cancellationToken)).IsSuccessStatusCode, TimeSpan.FromSeconds(30), cancellationToken);
        if (!ready)
        {
            sandbox.Dispose();
            Assert.Fail("The ERP sandbox did not start:\n" + child.Output);
        }

        return sandbox;
    }

    /// <summary>The base address of a sandbox on <paramref name="port"/>.</summary>
    public static Uri AddressOf(int port) => new($"http://127.0.0.1:{port}/");

    /// <summary>Answers 503 to every API call for <paramref name="seconds"/>.</summary>
    public async Task TakeDownAsync(int seconds, CancellationToken cancellationToken) =>
        (await client.PostAsJsonAsync("faults", new { unavailableForSeconds = seconds }, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Holds every API call for <paramref name="milliseconds"/> before answering.</summary>
    public async Task SlowDownAsync(int milliseconds, CancellationToken cancellationToken) =>
        (await client.PostAsJsonAsync("faults", new { latencyMs = milliseconds }, cancellationToken)).EnsureSuccessStatusCode();

    public async Task BringUpAsync(CancellationToken cancellationToken) =>
        (await client.DeleteAsync("faults", cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>GET /stats: invoiceCount, postedCount, lineCount, idempotentReplayCount.</summary>
    public async Task<JsonElement> StatsAsync(CancellationToken cancellationToken) =>
        await client.GetFromJsonAsync<JsonElement>("stats", cancellationToken);

    /// <summary>Every invoice of the sandbox company: external document number and status.</summary>
    public async Task<IReadOnlyList<(string ExternalDocumentNumber, string Status)>> ListInvoicesAsync(CancellationToken cancellationToken)
    {
        using var token = await client.PostAsync("oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
        }), cancellationToken);
        var accessToken = (await token.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v2.0/companies({CompanyId})/salesInvoices");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return [.. body.GetProperty("value").EnumerateArray().Select(i => (i.GetProperty("externalDocumentNumber").GetString()!, i.GetProperty("status").GetString()!))];
    }

    public void Dispose()
    {
        client.Dispose();
        process.Dispose();
    }
}
