namespace HealthFlows.ErpSandbox.OData;

/// <summary>The OData error envelope: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
internal sealed record ErpErrorBody(ErpErrorDetail Error);
