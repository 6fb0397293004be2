namespace HealthFlows.Server.Security;

/// <summary>A signed access token and when it expires.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
