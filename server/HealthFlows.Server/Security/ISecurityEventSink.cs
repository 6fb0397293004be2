namespace HealthFlows.Server.Security;

/// <summary>
/// Where sign-ins and user/key changes are reported: the hook for the audit trail, which replaces the default
/// (logging) sink by registering its own. Called after the change is stored; a failure here fails the request.
/// </summary>
public interface ISecurityEventSink
{
    Task RecordAsync(SecurityEvent securityEvent, CancellationToken cancellationToken);
}
