namespace HealthFlows.Erp.Authentication;

/// <summary>A bearer token and the instant it is to be replaced (before it expires).</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAt);
