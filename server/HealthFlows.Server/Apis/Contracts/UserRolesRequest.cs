namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The body of <c>PUT /api/users/{id}/roles</c>: the user's whole new role list.</summary>
public sealed record UserRolesRequest(IReadOnlyList<string>? Roles);
