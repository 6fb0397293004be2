namespace HealthFlows.Erp.Authentication;

/// <summary>The token endpoint refused the configured client (a 4xx answer): retrying with the same settings cannot help.</summary>
public sealed class ErpAuthenticationException(string message) : Exception(message);
