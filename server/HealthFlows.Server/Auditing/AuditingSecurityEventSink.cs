using System.Text.Json;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Server.Security;

namespace HealthFlows.Server.Auditing;

/// <summary>
/// Appends sign-ins and user and key changes to the audit trail. The security services report these themselves, so the
/// auth, users and API key routes are audited here rather than by the endpoint filter (which would record them twice).
/// </summary>
public sealed class AuditingSecurityEventSink(IAuditTrail trail, IHttpContextAccessor http) : ISecurityEventSink
{
    public async Task RecordAsync(SecurityEvent securityEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        var (action, targetType) = Describe(securityEvent.Kind);
        var summary = securityEvent.Detail is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(new { detail = securityEvent.Detail });
        var auditEvent = new AuditEvent(ActorOf(securityEvent), action, new AuditTarget(targetType, securityEvent.Subject), summary, securityEvent.RemoteAddress);
        await trail.AppendAsync(auditEvent, cancellationToken);
    }

    private AuditActor ActorOf(SecurityEvent securityEvent)
    {
        // A sign-in has no principal yet: the actor is the account that tried (the typed name when it failed).
        if (securityEvent.Kind is SecurityEventKind.SignInSucceeded or SecurityEventKind.SignInFailed or SecurityEventKind.UserLockedOut)
        {
            return new AuditActor(AuditActorKind.User, securityEvent.Actor ?? securityEvent.Subject ?? "unknown");
        }

        return http.HttpContext?.User is { Identity.IsAuthenticated: true } principal
            ? AuditActors.From(principal)
            : securityEvent.Actor is { } id ? new AuditActor(AuditActorKind.User, id) : AuditActor.System;
    }

    private static (string Action, string TargetType) Describe(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignInSucceeded => (AuditActions.SignInSucceeded, AuditTargetTypes.Session),
        SecurityEventKind.SignInFailed or SecurityEventKind.UserLockedOut => (AuditActions.SignInFailed, AuditTargetTypes.Session),
        SecurityEventKind.UserCreated => (AuditActions.UserCreated, AuditTargetTypes.User),
        SecurityEventKind.UserRolesChanged or SecurityEventKind.UserEnabled or SecurityEventKind.UserPasswordReset => (AuditActions.UserChanged, AuditTargetTypes.User),
        SecurityEventKind.UserDisabled => (AuditActions.UserRevoked, AuditTargetTypes.User),
        SecurityEventKind.ApiKeyCreated => (AuditActions.ApiKeyCreated, AuditTargetTypes.ApiKey),
        SecurityEventKind.ApiKeyRevoked => (AuditActions.ApiKeyRevoked, AuditTargetTypes.ApiKey),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A security event without an audit action."),
    };
}
