using System.Collections.Concurrent;
using System.Text;
using HealthFlows.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Telemetry;

/// <summary>With telemetry on, the server sends OTLP over HTTP to the configured collector address (a stand-in collector on Kestrel).</summary>
public sealed class OtlpExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Telemetry_Enabled_ExportsSpansAndMetricsToTheConfiguredEndpoint()
    {
        var received = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = await StartCollectorAsync(received);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        string instanceId;
        await using (var host = await ServerHost.StartAsync(dataDirectory, settings: new Dictionary<string, string?>
        {
            ["HealthFlows:Telemetry:Enabled"] = "true",
            ["HealthFlows:Telemetry:OtlpEndpoint"] = HealthFlowsApp.ListeningAddresses(collector)[0],
            ["HealthFlows:Telemetry:ServiceName"] = "healthflows-under-test",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }))
        {
            await (await host.Client.PostAsync("/api/workflow-definitions", Body(Workflows.Threshold("exported")), Ct)).ShouldBeOkAsync(201);
            await (await host.Client.PostAsync("/api/workflow-definitions/exported/publish", null, Ct)).ShouldBeOkAsync();
            var result = await (await host.Client.PostAsync("/api/workflow-definitions/exported/execute", Body(new { n = 11 }), Ct)).ShouldBeOkAsync();
            instanceId = result.GetProperty("instanceId").GetString()!;

            Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);

        // OTLP/protobuf carries strings as UTF-8, so names and values can be found in the payload without decoding it.
        var traces = received.Where(r => r.Path == "/v1/traces").ToList();
        var metrics = received.Where(r => r.Path == "/v1/metrics").ToList();
        Assert.NotEmpty(traces);
        Assert.NotEmpty(metrics);
        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.Contains(traces, r => Contains(r.Body, instanceId) && Contains(r.Body, "workflow.instance.run") && Contains(r.Body, "healthflows-under-test"));
        Assert.Contains(metrics, r => Contains(r.Body, "healthflows.instances.started") && Contains(r.Body, "healthflows.step.duration"));
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, string?, byte[])> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path.Value!, request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        return collector;
    }
}
