namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The ERP refused a request with a business error (4xx); carries its message to become a Rejected result.</summary>
internal sealed class ErpRejectedException(string message) : Exception(message);
