namespace HealthFlows.Server.Security;

/// <summary>The default sink until the audit trail takes over: one structured log line per event, ids only.</summary>
public sealed partial class LoggingSecurityEventSink(ILogger<LoggingSecurityEventSink> logger) : ISecurityEventSink
{
    public Task RecordAsync(SecurityEvent securityEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        Log(logger, securityEvent.Kind, securityEvent.Actor, securityEvent.Subject, securityEvent.RemoteAddress, securityEvent.Detail);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Security event {Kind}: actor {Actor}, subject {Subject}, from {RemoteAddress}: {Detail}")]
    private static partial void Log(ILogger logger, SecurityEventKind kind, string? actor, string? subject, string? remoteAddress, string? detail);
}
