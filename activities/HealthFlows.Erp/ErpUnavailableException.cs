namespace HealthFlows.Erp;

/// <summary>The ERP could not be reached or kept failing after the configured retries; the reason says which.</summary>
public sealed class ErpUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
