namespace HealthFlows.Server.Auditing;

/// <summary>How one API operation is audited: its action, the type of its target, and where the target's id comes from.</summary>
/// <param name="Action">One of <see cref="Runtime.Auditing.AuditActions"/>.</param>
/// <param name="TargetType">One of <see cref="Runtime.Auditing.AuditTargetTypes"/>.</param>
/// <param name="TargetIdFromRoute">The id from the route values, known before the handler runs (so the target can be described before and after).</param>
/// <param name="TargetIdFromResult">The id from the response value, for creates and imports whose id is known only afterwards.</param>
public sealed record AuditedOperation(
    string Action,
    string TargetType,
    Func<RouteValueDictionary, string?>? TargetIdFromRoute = null,
    Func<object?, string?>? TargetIdFromResult = null);
