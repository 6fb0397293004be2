namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The body of <c>POST /api/api-keys</c>: a name, roles, optionally the /workflows paths it is limited to and an expiry.</summary>
public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Roles, IReadOnlyList<string>? AllowedTriggerPaths, DateTimeOffset? ExpiresAt);
