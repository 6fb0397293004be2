using System.Text.Json;

namespace HealthFlows.Runtime.Auditing;

/// <summary>
/// What happened, before it is stamped and chained: actor, action, target, a summary (a small JSON object, typically
/// <c>{ "before": …, "after": … }</c>, that must never hold patient data) and the caller's address.
/// </summary>
public sealed record AuditEvent(AuditActor Actor, string Action, AuditTarget Target, JsonElement? Summary = null, string? RemoteAddress = null);
