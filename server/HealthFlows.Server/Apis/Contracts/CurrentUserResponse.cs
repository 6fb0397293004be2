namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The caller as the server sees it: id, name, how it signed in (<c>apiKey</c>, <c>user</c>, <c>external</c>) and its roles.</summary>
public sealed record CurrentUserResponse(string? Id, string? Name, string? Kind, IReadOnlyList<string> Roles);
