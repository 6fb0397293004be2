namespace HealthFlows.Server.Apis.Contracts;

/// <summary>Instances started in the dashboard's window, by where each is now.</summary>
public sealed record DashboardTotals(int Started, int Running, int Suspended, int Completed, int Faulted, int Cancelled);
