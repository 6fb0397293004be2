using System.Diagnostics.Metrics;
using HealthFlows.Server.Erp;
using HealthFlows.Server.Tests.Samples;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Server.Tests.Hosting;

/// <summary>With the ERP sandbox hosted in the process, start-up warms the connector with a read-only lookup and writes nothing.</summary>
public sealed class ErpWarmUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithHostedSandbox_CallsTheSandbox_AndLeavesNoInstanceOrInvoice()
    {
        using var directory = new TempDirectory();
        using var requests = new OutgoingRequests();
        await using var host = await ServerHost.StartAsync(directory.Path);

        await host.Services.GetRequiredService<ErpWarmUp>().Completion.WaitAsync(Ct);

        // A token request and the invoice lookup, both to this server's own port (the sandbox lives there).
        Assert.True(requests.CountTo(host.BaseAddress.Port) >= 2, $"{requests.CountTo(host.BaseAddress.Port)} requests reached the hosted sandbox.");
        var sandbox = new HostedSandbox(host);
        Assert.Empty((await sandbox.GetAsync($"companies({HostedSandbox.CompanyId})/salesInvoices")).GetProperty("value").EnumerateArray());
        var instances = await (await host.Client.GetAsync("/api/workflow-instances", Ct)).ShouldBeOkAsync();
        Assert.Equal(0, instances.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Start_WithExternalErp_RegistersNoWarmUp()
    {
        using var directory = new TempDirectory();
        await using var host = await ServerHost.StartAsync(directory.Path, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:Erp:BaseUrl"] = "http://127.0.0.1:9/api/v2.0/",
            ["HealthFlows:Erp:TokenUrl"] = "http://127.0.0.1:9/oauth2/token",
            ["HealthFlows:Erp:ClientId"] = "healthflows",
            ["HealthFlows:Erp:ClientSecret"] = "not-used",
            ["HealthFlows:Erp:CompanyId"] = HostedSandbox.CompanyId,
        });

        Assert.Null(host.Services.GetService<ErpWarmUp>());
    }

    /// <summary>Counts the HttpClient requests of this process by server port (System.Net.Http's request-duration metric).</summary>
    private sealed class OutgoingRequests : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<int> _ports = [];

        public OutgoingRequests()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "server.port", Value: { } value } && int.TryParse(value.ToString(), out var port))
                    {
                        lock (_ports)
                        {
                            _ports.Add(port);
                        }
                    }
                }
            });
            _listener.Start();
        }

        public int CountTo(int port)
        {
            lock (_ports)
            {
                return _ports.Count(p => p == port);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
