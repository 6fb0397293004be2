using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace HealthFlows.Bench.WorkflowCore;

/// <summary>Ten steps mirroring bench/workflows/ten-steps.json: set, branch, compute, log, finish.</summary>
public sealed class TenStepWorkflow : IWorkflow<BenchData>
{
    public string Id => "ten-steps";

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder) => builder
        .StartWith(_ => ExecutionResult.Next())
        .Then(c => Step(c, d => d.Amount = d.Amount))
        .If(d => d.Amount > 100).Do(then => then.StartWith(c => Step(c, d => d.Tier = "high")))
        .If(d => d.Amount <= 100).Do(then => then.StartWith(c => Step(c, d => d.Tier = "low")))
        .Then(c => Step(c, d => d.Fee = Math.Round(d.Amount * 5) / 100))
        .Then(c => Step(c, _ => { }))
        .Then(c => Step(c, d => d.Net = d.Amount - d.Fee))
        .Then(c => Step(c, d => d.Label = $"{d.Tier}:{d.Net}"))
        .Then(c => Step(c, _ => { }))
        .Then(_ => ExecutionResult.Next());

    private static ExecutionResult Step(IStepExecutionContext context, Action<BenchData> change)
    {
        change((BenchData)context.Workflow.Data);
        return ExecutionResult.Next();
    }
}
