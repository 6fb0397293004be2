namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Telemetry</c>: OpenTelemetry traces and metrics sent over OTLP. Off by default (the embedded default has no collector).</summary>
public sealed class TelemetryOptions
{
    /// <summary>Export traces and metrics over OTLP. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The collector's OTLP address; when empty, the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (default <c>http://localhost:4317</c>).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The <c>service.name</c> resource attribute; when empty, <c>OTEL_SERVICE_NAME</c>, else <c>healthflows</c>.</summary>
    public string? ServiceName { get; set; }
}
