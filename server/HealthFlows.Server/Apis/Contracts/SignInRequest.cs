namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The body of <c>POST /api/auth/sign-in</c>.</summary>
public sealed record SignInRequest(string? UserName, string? Password);
