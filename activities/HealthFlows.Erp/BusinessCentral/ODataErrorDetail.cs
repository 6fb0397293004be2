namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The code and message inside Business Central's error envelope.</summary>
internal sealed record ODataErrorDetail(string? Code, string? Message);
