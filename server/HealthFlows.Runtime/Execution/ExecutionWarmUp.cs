using System.Text.Json;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Validation;

namespace HealthFlows.Runtime.Execution;

/// <summary>
/// Run once at start-up, before the first message: parses and caches the expressions of every published version (validation
/// prepares each script) and runs a small throw-away workflow in memory, so the first real execution compiles no script and
/// finds the executor and the script engine already jitted. Nothing is saved.
/// </summary>
public sealed class ExecutionWarmUp(IWorkflowDefinitionStore definitions, WorkflowValidator validator, WorkflowExecutor executor, TimeProvider clock)
{
    // Start -> SetVariable (expression) -> If (expression) -> Finish (expression): the executor's usual path and a script session.
    private const string Sample = """
        {
          "schemaVersion": 1, "definitionId": "warm-up", "name": "Warm-up",
          "variables": [ { "name": "total", "type": "number", "default": 0 } ],
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "sum", "type": "SetVariable", "inputs": { "variable": { "mode": "literal", "value": "total" }, "value": { "mode": "expression", "value": "input.lines.reduce((s, l) => s + l.amount, 0)" } } },
            { "id": "check", "type": "If", "inputs": { "condition": { "mode": "expression", "value": "variables.total > 0" } } },
            { "id": "finish", "type": "Finish", "inputs": { "output": { "mode": "expression", "value": "({ total: variables.total, id: instance.id })" } } }
          ],
          "connections": [
            { "source": "start", "outcome": "Done", "target": "sum" },
            { "source": "sum", "outcome": "Done", "target": "check" },
            { "source": "check", "outcome": "True", "target": "finish" },
            { "source": "check", "outcome": "False", "target": "finish" }
          ]
        }
        """;

    /// <summary>Returns how many published versions had their expressions prepared.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var published = await definitions.ListPublishedAsync(cancellationToken);
        foreach (var version in published)
        {
            validator.Validate(version.Definition);
        }

        var definition = WorkflowJson.Deserialize(Sample);
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = "warm-up",
            DefinitionId = definition.DefinitionId,
            Version = 1,
            Name = definition.Name,
            Input = JsonSerializer.SerializeToElement(new { lines = new[] { new { amount = 1 } } }),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var execution = executor.Begin(instance, definition);
        executor.ScheduleStart(execution);
        await executor.RunAsync(execution, cancellationToken);
        return published.Count;
    }
}
