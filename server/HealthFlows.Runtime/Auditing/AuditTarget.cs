namespace HealthFlows.Runtime.Auditing;

/// <summary>What was acted on: a type from <see cref="AuditTargetTypes"/> and its id (null for bulk actions such as a CSV import).</summary>
public sealed record AuditTarget(string Type, string? Id);
