namespace HealthFlows.Runtime.Auditing;

/// <summary>The outcome of walking the chain: valid, how many entries were checked, and the first one that does not fit.</summary>
public sealed record AuditVerification(bool Valid, long Checked, AuditBrokenEntry? FirstBrokenEntry);
