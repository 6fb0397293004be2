namespace HealthFlows.Runtime.Dashboard;

/// <summary>Instances started in one hour, by where each is now (its sub-status).</summary>
public sealed record HourlyInstanceCounts(DateTimeOffset Start, int Running, int Suspended, int Completed, int Faulted, int Cancelled)
{
    public int Total => Running + Suspended + Completed + Faulted + Cancelled;
}
