using System.Text.Json;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Activities;

/// <summary>What an activity sees while it runs: its inputs, outputs, variables, node state, clock and services.</summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowExecution _execution;
    private readonly WorkItem _item;
    private Dictionary<string, JsonElement>? _evaluatedInputs;
    private Dictionary<string, JsonElement>? _writtenOutputs;

    internal ActivityExecutionContext(WorkflowExecution execution, WorkItem item, WorkflowNode node, ActivityDescriptor descriptor, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        _execution = execution;
        _item = item;
        Node = node;
        Descriptor = descriptor;
        Services = services;
        Clock = clock;
        CancellationToken = cancellationToken;
    }

    public WorkflowNode Node { get; }

    public string NodeId => Node.Id;

    public ActivityDescriptor Descriptor { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Clock { get; }

    public CancellationToken CancellationToken { get; }

    public string InstanceId => _execution.Instance.Id;

    public string? CorrelationId => _execution.Instance.CorrelationId;

    /// <summary>The workflow definition and version the instance runs (pinned at its start).</summary>
    public string DefinitionId => _execution.Instance.DefinitionId;

    public int DefinitionVersion => _execution.Instance.Version;

    /// <summary>The body scope this step runs in (one per ForEach item); null at the top level.</summary>
    public string? ScopeId => _item.ScopeId;

    /// <summary>What the caller of this run handed to it (e.g. the slot a waiting HTTP request reads its response from).</summary>
    public RunFeatures Features => _execution.Features;

    /// <summary>The instance's input (an execute call's body or a trigger's payload).</summary>
    public JsonElement? WorkflowInput => _execution.Instance.Input;

    /// <summary>The payload given when the activity's bookmark was resumed.</summary>
    public JsonElement? ResumePayload => _item.Payload;

    /// <summary>The node that scheduled this step, and through which outcome.</summary>
    public string? ArrivedFromNode => _item.ArrivedFromNode;

    public string? ArrivedViaOutcome => _item.ArrivedViaOutcome;

    public IReadOnlyList<Connection> InboundConnections => _execution.Graph.Inbound(Node.Id);

    public IReadOnlyList<Connection> OutboundConnections => _execution.Graph.Outbound(Node.Id);

    /// <summary>A free-text note for this step's journal entry (the Log activity's message).</summary>
    public string? JournalMessage { get; set; }

    internal IReadOnlyDictionary<string, JsonElement>? EvaluatedInputs => _evaluatedInputs;

    internal IReadOnlyDictionary<string, JsonElement>? WrittenOutputs => _writtenOutputs;

    /// <summary>Reads an input: the node's literal, its evaluated expression, or the declared default.</summary>
    public T? Get<T>(Input<T> input)
    {
        var json = GetJson(input);
        if (json is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return input.Default;
        }

        try
        {
            return value.Deserialize<T>(WorkflowJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or FormatException or InvalidOperationException)
        {
            throw new InputConversionException($"Input '{input.Name}' of node '{NodeId}' expects {Describe(typeof(T))}, but its value is {Preview(value)}.", ex);
        }
    }

    /// <summary>Reads an input as JSON (evaluating an expression), or null when the node gives none.</summary>
    public JsonElement? GetJson(InputDeclaration input)
    {
        if (!Node.Inputs.TryGetValue(input.Name, out var given) || given.Value is null)
        {
            return null;
        }

        var value = given.Mode == InputMode.Expression
            ? _execution.Expressions.Evaluate(given.Script ?? "", CancellationToken)
            : given.Value;
        if (value is { } recorded)
        {
            (_evaluatedInputs ??= new(StringComparer.Ordinal))[input.Name] = recorded;
        }

        return value;
    }

    /// <summary>Evaluates a script against the instance (for activities that take code, such as Switch cases).</summary>
    public JsonElement? Evaluate(string script) => _execution.Expressions.Evaluate(script, CancellationToken);

    /// <summary>Sets an output; it is kept for later expressions and written to a bound variable, if any.</summary>
    public void Set<T>(Output<T> output, T value) => SetJson(output.Name, JsonSerializer.SerializeToElement(value, WorkflowJson.Options));

    internal void SetJson(string outputName, JsonElement value)
    {
        _execution.SetOutput(NodeId, outputName, value);
        (_writtenOutputs ??= new(StringComparer.Ordinal))[outputName] = value;
        if (Node.OutputBindings.TryGetValue(outputName, out var variable) && !string.IsNullOrEmpty(variable))
        {
            _execution.SetVariable(variable, value);
        }
    }

    /// <summary>Gives the instance a correlation id (a trigger that reads it from its payload); saved with the burst.</summary>
    public void SetCorrelationId(string correlationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationId);
        _execution.SetCorrelationId(correlationId);
    }

    public JsonElement? GetVariable(string name) => _execution.Instance.State.Variables.TryGetValue(name, out var value) ? value : null;

    public void SetVariable(string name, JsonElement value) => _execution.SetVariable(name, value);

    /// <summary>This node's own state within the current scope (a loop's position), or default.</summary>
    public T? GetNodeState<T>() =>
        _execution.Instance.State.NodeStates.TryGetValue(NodeStateKey, out var state) ? state.Deserialize<T>(WorkflowJson.Options) : default;

    /// <summary>Keeps (or, with null, clears) this node's state within the current scope.</summary>
    public void SetNodeState<T>(T? state)
    {
        if (state is null)
        {
            _execution.Instance.State.NodeStates.Remove(NodeStateKey);
        }
        else
        {
            _execution.Instance.State.NodeStates[NodeStateKey] = JsonSerializer.SerializeToElement(state, WorkflowJson.Options);
        }
    }

    private string NodeStateKey => _item.ScopeId is null ? NodeId : $"{NodeId}@{_item.ScopeId}";

    private static string Describe(Type type) => JsonTypeNames.For(type) switch
    {
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "string" => "text",
        "duration" => "a duration (seconds, or hh:mm:ss)",
        "array" => "a list",
        var other => $"a value of type {other}",
    };

    private static string Preview(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }
}
