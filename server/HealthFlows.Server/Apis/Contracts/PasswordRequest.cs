namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The body of <c>POST /api/users/{id}/reset-password</c>.</summary>
public sealed record PasswordRequest(string? Password);
