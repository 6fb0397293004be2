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

    internal WorkflowExecution(WorkflowInstance instance, WorkflowDefinition definition, IExpressionEvaluator evaluator, RunFeatures? features = null)
    {
        Instance = instance;
        Definition = definition;
        Graph = WorkflowGraph.For(definition);
        _evaluator = evaluator;
        Features = features ?? RunFeatures.None;
        InstanceInfo = DescribeInstance(instance);
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

    public JsonElement InstanceInfo { get; private set; }

    /// <summary>How the instance finished in this burst, if it did (counted once the burst is saved).</summary>
    public WorkflowSubStatus? FinishedAs { get; internal set; }

    /// <summary>What the caller of this burst handed to its activities (never saved).</summary>
    public RunFeatures Features { get; }

    public int StateVersion { get; private set; }

    public int InstanceInfoVersion { get; private set; }

    internal IExpressionSession Expressions => _session ??= _evaluator.CreateSession(this);

    internal void SetVariable(string name, JsonElement value)
    {
        Instance.State.Variables[name] = value;
        StateVersion++;
    }

    internal void SetCorrelationId(string correlationId)
    {
        Instance.CorrelationId = correlationId;
        InstanceInfo = DescribeInstance(Instance);
        InstanceInfoVersion++;
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

    private static JsonElement DescribeInstance(WorkflowInstance instance) =>
        JsonSerializer.SerializeToElement(new { id = instance.Id, definitionId = instance.DefinitionId, version = instance.Version, correlationId = instance.CorrelationId });
}
