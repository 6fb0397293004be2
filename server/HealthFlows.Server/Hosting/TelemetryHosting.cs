using HealthFlows.Runtime.Telemetry;
using HealthFlows.Server.Configuration;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HealthFlows.Server.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP when <c>HealthFlows:Telemetry:Enabled</c>: the engine's <c>HealthFlows</c>
/// meter and activity source, ASP.NET Core and HttpClient. The standard <c>OTEL_*</c> variables configure the exporter.
/// </summary>
public static class TelemetryHosting
{
    public const string DefaultServiceName = "healthflows";

    public static WebApplicationBuilder AddHealthFlowsTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection($"{HealthFlowsOptions.SectionName}:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        // OTEL_SERVICE_NAME is honoured by the SDK itself; only a configured name or none at all needs setting here.
        var serviceName = options.ServiceName ?? (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]) ? DefaultServiceName : null);
        // A configured endpoint is the collector's root: gRPC takes it as is, HTTP/protobuf needs each signal's path on it.
        Action<OtlpExporterOptions> Endpoint(string signalPath) => exporter =>
        {
            if (options.OtlpEndpoint is { } endpoint)
            {
                exporter.Endpoint = exporter.Protocol == OtlpExportProtocol.HttpProtobuf
                    ? new Uri(new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/"), signalPath)
                    : endpoint;
            }
        };

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (serviceName is not null)
                {
                    resource.AddService(serviceName);
                }
            })
            .WithTracing(tracing => tracing
                .AddSource(WorkflowTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(Endpoint("v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(WorkflowMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(Endpoint("v1/metrics")));
        return builder;
    }
}
