namespace HealthFlows.Erp.BusinessCentral;

/// <summary>A dimension value; <c>blocked</c> is not in Business Central's standard API (the sandbox adds it), so it may be absent.</summary>
internal sealed record DimensionValueDocument(string? Code, string? DisplayName, bool? Blocked);
