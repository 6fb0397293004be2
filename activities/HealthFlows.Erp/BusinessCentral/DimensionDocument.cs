namespace HealthFlows.Erp.BusinessCentral;

/// <summary>A Business Central dimension (only its id is read, to list its values).</summary>
internal sealed record DimensionDocument(Guid Id, string? Code);
