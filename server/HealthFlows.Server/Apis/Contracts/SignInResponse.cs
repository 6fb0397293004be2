namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A signed access token to send as <c>Authorization: Bearer …</c>, and who it is for.</summary>
public sealed record SignInResponse(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt, string UserName, IReadOnlyList<string> Roles);
