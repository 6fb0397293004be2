namespace HealthFlows.Erp.BusinessCentral;

/// <summary>Business Central's error envelope: <c>{ "error": { "code", "message" } }</c>.</summary>
internal sealed record ODataError(ODataErrorDetail? Error);
