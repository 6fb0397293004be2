namespace HealthFlows.ErpSandbox.OData;

/// <summary>The code and message inside an OData error envelope.</summary>
internal sealed record ErpErrorDetail(string Code, string Message);
