namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The optional body of a publish call.</summary>
public sealed record PublishRequest(string? Note);
