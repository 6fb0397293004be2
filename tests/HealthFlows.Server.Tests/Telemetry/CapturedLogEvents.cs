using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace HealthFlows.Server.Tests.Telemetry;

/// <summary>A Serilog sink the server picks up from its container (ReadFrom.Services): what it logged, as Serilog saw it.</summary>
public sealed class CapturedLogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
