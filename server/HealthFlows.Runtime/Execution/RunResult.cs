using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Execution;

/// <summary>What a runner call did: the instance as saved and the incidents this burst recorded.</summary>
public sealed record RunResult(RunStatus Status, WorkflowInstance? Instance, IReadOnlyList<Incident> Incidents, string? Message = null)
{
    public static RunResult NotFound(string message) => new(RunStatus.NotFound, null, [], message);

    public static RunResult Conflict(string message, WorkflowInstance? instance = null) => new(RunStatus.Conflict, instance, [], message);
}
