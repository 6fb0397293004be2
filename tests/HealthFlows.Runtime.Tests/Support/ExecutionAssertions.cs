using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Tests.Support;

/// <summary>Short reads of an execution's results for assertions.</summary>
public static class ExecutionAssertions
{
    /// <summary>The node ids in journal order (every step, including waits).</summary>
    public static List<string> Path(this WorkflowExecution execution) =>
        [.. execution.NewJournalEntries.Select(e => e.NodeId)];

    public static JsonElement Variable(this WorkflowExecution execution, string name) =>
        execution.Instance.State.Variables[name];

    public static void ShouldBe(this WorkflowExecution execution, WorkflowStatus status, WorkflowSubStatus subStatus)
    {
        var incidents = string.Join("; ", execution.NewIncidents.Select(i => i.Message));
        Assert.True(execution.Instance.Status == status && execution.Instance.SubStatus == subStatus,
            $"Expected {status}/{subStatus} but was {execution.Instance.Status}/{execution.Instance.SubStatus}. Incidents: {incidents}");
    }
}
