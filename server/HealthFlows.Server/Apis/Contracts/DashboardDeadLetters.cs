namespace HealthFlows.Server.Apis.Contracts;

/// <summary>Dead letters waiting for a decision now, and those created in the dashboard's window.</summary>
public sealed record DashboardDeadLetters(int Pending, int InRange);
