namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The body of <c>POST /api/users</c>.</summary>
public sealed record CreateUserRequest(string? UserName, string? Password, IReadOnlyList<string>? Roles);
