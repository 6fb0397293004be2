using System.Runtime.CompilerServices;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Execution;

/// <summary>Lookups over a definition's nodes and connections, built once per definition object.</summary>
public sealed class WorkflowGraph
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, WorkflowGraph> Cache = [];
    private readonly Dictionary<string, WorkflowNode> _nodes;
    private readonly Dictionary<(string Source, string Outcome), List<Connection>> _outbound;
    private readonly Dictionary<string, List<Connection>> _inbound;
    private readonly Dictionary<string, List<Connection>> _allOutbound;

    private WorkflowGraph(WorkflowDefinition definition)
    {
        _nodes = new(StringComparer.Ordinal);
        foreach (var node in definition.Nodes)
        {
            _nodes.TryAdd(node.Id, node);
        }

        _outbound = [];
        _inbound = new(StringComparer.Ordinal);
        _allOutbound = new(StringComparer.Ordinal);
        foreach (var connection in definition.Connections)
        {
            Add(_outbound, (connection.Source, connection.Outcome), connection);
            Add(_inbound, connection.Target, connection);
            Add(_allOutbound, connection.Source, connection);
        }
    }

    /// <summary>The graph of a definition, cached for as long as the definition object lives.</summary>
    public static WorkflowGraph For(WorkflowDefinition definition) => Cache.GetValue(definition, d => new WorkflowGraph(d));

    public WorkflowNode? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>Connections leaving <paramref name="nodeId"/> through <paramref name="outcome"/>.</summary>
    public IReadOnlyList<Connection> Outbound(string nodeId, string outcome) =>
        _outbound.TryGetValue((nodeId, outcome), out var list) ? list : [];

    public IReadOnlyList<Connection> Outbound(string nodeId) => _allOutbound.TryGetValue(nodeId, out var list) ? list : [];

    public IReadOnlyList<Connection> Inbound(string nodeId) => _inbound.TryGetValue(nodeId, out var list) ? list : [];

    private static void Add<TKey>(Dictionary<TKey, List<Connection>> map, TKey key, Connection connection)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(connection);
    }
}
