namespace HealthFlows.Bench.WorkflowCore;

/// <summary>The workflow data: the same five variables the HealthFlows benchmark workflow keeps.</summary>
public sealed class BenchData
{
    public decimal Amount { get; set; }

    public string? Tier { get; set; }

    public decimal Fee { get; set; }

    public decimal Net { get; set; }

    public string? Label { get; set; }
}
