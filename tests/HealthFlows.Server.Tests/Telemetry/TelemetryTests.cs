using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Runtime.Telemetry;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Serilog.Formatting.Compact;
using static HealthFlows.Server.Tests.Support.ApiJson;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Telemetry;

/// <summary>The engine's metrics, spans and log context, observed in-process while the real server runs workflows.</summary>
public sealed class TelemetryTests(TelemetryServerFixture server) : IClassFixture<TelemetryServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Host.Client;

    private InstrumentRecorder Record() => new(server.Host.Services.GetRequiredService<IMeterFactory>());

    [Fact]
    public async Task Instances_StartedCompletedAndFaulted_AreCountedWithDefinitionVersionAndStatus()
    {
        using var recorder = Record();
        await PublishAsync(Threshold("telemetry-counted"));
        await PublishAsync(Failing("telemetry-faulting"));

        await ExecuteAsync("telemetry-counted", new { n = 50 });
        await ExecuteAsync("telemetry-counted", new { n = 1 });
        await ExecuteAsync("telemetry-faulting", new { });

        Assert.Equal([1d, 1d], recorder.Of("healthflows.instances.started", (TelemetryTags.DefinitionId, "telemetry-counted"), (TelemetryTags.Version, 1)));
        Assert.Equal([1d, 1d], recorder.Of("healthflows.instances.completed", (TelemetryTags.DefinitionId, "telemetry-counted"), (TelemetryTags.Version, 1), (TelemetryTags.Status, "Completed")));
        Assert.Empty(recorder.Of("healthflows.instances.faulted", (TelemetryTags.DefinitionId, "telemetry-counted")));
        Assert.Single(recorder.Of("healthflows.instances.started", (TelemetryTags.DefinitionId, "telemetry-faulting")));
        Assert.Equal([1d], recorder.Of("healthflows.instances.faulted", (TelemetryTags.DefinitionId, "telemetry-faulting"), (TelemetryTags.Version, 1), (TelemetryTags.Status, "Faulted")));
        Assert.Empty(recorder.Of("healthflows.instances.completed", (TelemetryTags.DefinitionId, "telemetry-faulting")));
    }

    [Fact]
    public async Task Steps_AreTimedByActivityTypeAndEvent()
    {
        using var recorder = Record();
        await PublishAsync(Failing("telemetry-steps"));

        await ExecuteAsync("telemetry-steps", new { });

        Assert.NotEmpty(recorder.Of("healthflows.step.duration", (TelemetryTags.ActivityType, "Start"), (TelemetryTags.StepEvent, "Completed")));
        var failed = Assert.Single(recorder.Of("healthflows.step.duration", (TelemetryTags.ActivityType, "Fail"), (TelemetryTags.StepEvent, "Faulted")));
        Assert.True(failed >= 0);
    }

    [Fact]
    public async Task QueueDepth_IsObserved_AndIsEmptyOnceABackgroundRunFinished()
    {
        using var recorder = Record();
        await PublishAsync(Threshold("telemetry-queued"));

        var accepted = await (await Client.PostAsync("/api/workflow-definitions/telemetry-queued/execute?wait=false", Body(new { n = 3 }), Ct)).ShouldBeOkAsync(202);
        await WaitFinishedAsync(accepted.GetProperty("instanceId").GetString()!);
        recorder.Observe();

        Assert.Equal(0d, recorder.Of("healthflows.dispatch.queue.depth")[^1]);
    }

    [Fact]
    public async Task ErpCalls_AreTimedByOperationAndOutcome()
    {
        using var recorder = Record();
        var message = Samples.ChargeMessages.Dft("TEL-ERP-1", Samples.ChargeMessages.Panel);

        var response = await Client.PostAsync("/workflows/charge-capture", new StringContent(message, System.Text.Encoding.UTF8, "x-application/hl7-v2+er7"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(recorder.Of("healthflows.erp.call.duration", ("healthflows.erp.operation", "PostInvoice"), ("healthflows.erp.outcome", "posted")));
        Assert.All(recorder.TagsOf("healthflows.erp.call.duration"), tags => Assert.Equal(["healthflows.erp.operation", "healthflows.erp.outcome"], tags.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Spans_ABurstHasOneSpanPerStepUnderIt()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await PublishAsync(Threshold("telemetry-traced"));

        var instanceId = (await ExecuteAsync("telemetry-traced", new { n = 50 })).GetProperty("instanceId").GetString();

        var burst = Assert.Single(stopped, a => a.OperationName == "workflow.instance.run" && (string?)a.GetTagItem(TelemetryTags.InstanceId) == instanceId);
        Assert.Equal("telemetry-traced", burst.GetTagItem(TelemetryTags.DefinitionId));
        Assert.Equal("Completed", burst.GetTagItem(TelemetryTags.Status));
        var steps = stopped.Where(a => a.ParentSpanId == burst.SpanId).OrderBy(a => a.StartTimeUtc).ToList();
        Assert.Equal(["Start", "If", "Finish"], steps.Select(s => (string?)s.GetTagItem(TelemetryTags.ActivityType)));
        Assert.All(steps, step => Assert.Equal(burst.TraceId, step.TraceId));
        Assert.Equal(["start", "check", "big"], steps.Select(s => (string?)s.GetTagItem(TelemetryTags.NodeId)));
    }

    [Fact]
    public async Task Logs_WrittenDuringABurst_CarryTheInstanceAndCorrelationIdsInTheirJson()
    {
        await PublishAsync(Failing("telemetry-logged"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/telemetry-logged/execute") { Content = Body(new { }) };
        request.Headers.Add("X-Correlation-Id", "TEL-CORRELATION-7");

        var instanceId = (await (await Client.SendAsync(request, Ct)).ReadJsonAsync()).GetProperty("instanceId").GetString();

        var logged = Assert.Single(server.Logs.Events, e => e.Properties.TryGetValue("InstanceId", out var id) && id.ToString() == $"\"{instanceId}\"");
        using var json = new StringWriter();
        new RenderedCompactJsonFormatter().Format(logged, json);
        var line = JsonDocument.Parse(json.ToString()).RootElement;
        Assert.Equal(instanceId, line.GetProperty("InstanceId").GetString());
        Assert.Equal("TEL-CORRELATION-7", line.GetProperty("CorrelationId").GetString());
        Assert.Equal("Fail", line.GetProperty("ActivityType").GetString());
    }

    [Fact]
    public void Exporter_IsOffByDefault()
    {
        Assert.Null(server.Host.Services.GetService<TracerProvider>());
    }

    private static JsonObject Failing(string id) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Failing " + id,
        ["nodes"] = new JsonArray(Node("start", "Start"), Node("stop", "Fail", ("message", Literal("stopped on purpose")))),
        ["connections"] = new JsonArray(Connect("start", "Done", "stop")),
    };

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        await (await Client.PostAsync("/api/workflow-definitions", Body(definition), Ct)).ShouldBeOkAsync(201);
        await (await Client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct)).ShouldBeOkAsync();
    }

    private async Task<JsonElement> ExecuteAsync(string id, object input)
    {
        var response = await Client.PostAsync($"/api/workflow-definitions/{id}/execute", Body(input), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task WaitFinishedAsync(string instanceId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await (await Client.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ShouldBeOkAsync()).GetProperty("status").GetString() != "finished")
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
