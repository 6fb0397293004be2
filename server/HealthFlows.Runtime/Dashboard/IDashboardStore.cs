namespace HealthFlows.Runtime.Dashboard;

/// <summary>Computes the operations dashboard's figures in the database: counts and aggregates, never rows.</summary>
public interface IDashboardStore
{
    Task<DashboardSnapshot> GetAsync(DashboardQuery query, CancellationToken cancellationToken);
}
