using System.Text.Json;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Execution;

/// <summary>One burst of execution of one instance: its state, its definition, and what the burst adds.</summary>
public sealed class WorkflowExecution : IExpressionScope
{
    private IExpressionSession? _session;
    private readonly IExpressionEvaluator _evaluator;

    internal WorkflowExecution(WorkflowInstance instance, WorkflowDefinition definition, IExpressionEvaluator evaluator)
    {
        Instance = instance;
        Definition = definition;
        Graph = WorkflowGraph.For(definition);
        _evaluator = evaluator;
        InstanceInfo = JsonSerializer.SerializeToElement(new { id = instance.Id, definitionId = instance.DefinitionId, version = instance.Version, correlationId = instance.CorrelationId });
    }

    public WorkflowInstance Instance { get; }

    public WorkflowDefinition Definition { get; }

    public WorkflowGraph Graph { get; }

    /// <summary>Journal entries written by this burst.</summary>
    public List<JournalEntry> NewJournalEntries { get; } = [];

    public List<Incident> NewIncidents { get; } = [];

    public List<Bookmark> CreatedBookmarks { get; } = [];

    public List<string> RemovedBookmarkIds { get; } = [];

    public JsonElement? Input => Instance.Input;

    public IReadOnlyDictionary<string, JsonElement> Variables => Instance.State.Variables;

    public IReadOnlyDictionary<string, Dictionary<string, JsonElement>> Outputs => Instance.State.ActivityOutputs;

    public JsonElement InstanceInfo { get; }

    public int StateVersion { get; private set; }

    internal IExpressionSession Expressions => _session ??= _evaluator.CreateSession(this);

    internal void SetVariable(string name, JsonElement value)
    {
        Instance.State.Variables[name] = value;
        StateVersion++;
    }

    internal void SetOutput(string nodeId, string name, JsonElement value)
    {
        if (!Instance.State.ActivityOutputs.TryGetValue(nodeId, out var outputs))
        {
            Instance.State.ActivityOutputs[nodeId] = outputs = new(StringComparer.Ordinal);
        }

        outputs[name] = value;
        StateVersion++;
    }
}
